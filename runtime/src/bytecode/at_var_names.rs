//! The @-variables: their names by id (the operand of `Op::LoadAt` and
//! `Op::StoreAt`), shared by the compiler and the VM.

/// The @-variables known to the compiler (index = id for LoadAt/StoreAt).
pub static AT_VARS: &[&str] = &[
    "FM",
    "AM",
    "VM",
    "SM",
    "SVM",
    "TM",
    "IM",
    "TRUE",
    "FALSE",
    "USER0",
    "USER1",
    "USER2",
    "USER3",
    "USER4",
    "USER.RETURN.CODE",
    "SYSTEM.RETURN.CODE",
    "SELECTED",
    "DATE",
    "TIME",
    "DAY",
    "MONTH",
    "YEAR",
    "PATH",
    "WHO",
    "LOGNAME",
    "SENTENCE",
    "COMMAND",
    "DS",
    "ID",
    "RECORD",
    "USERNO",
    "USER.NO",
    "TTY",
    "CRTWIDE",
    "CRTHIGH",
    "LPTRWIDE",
    "LPTRHIGH",
    "LEVEL",
    "ANS",
    "TRANSACTION",
    "SYS.BELL",
    "PARASENTENCE",
    "IP.ADDR",
    "HOSTNAME",
    "ABORT.CODE",
    "EXIT.CODE",
    "QMSYS",
    "SDSYS",
    "TERM.TYPE",
    "VOC",
    "OPTION",
    "DATA.PENDING",
    "TIMEDATE",
    "DICT",
    "NULL",
    "NULL.STR",
    "USER",
    "STATUS",
    "ABORT.MESSAGE",
    "TRANSACTION.ID",
    "TRANSACTION.LEVEL",
];

/// Which @-variables user code may assign.
pub fn at_assignable(name: &str) -> bool {
    matches!(
        name,
        "USER0"
            | "USER1"
            | "USER2"
            | "USER3"
            | "USER4"
            | "USER.RETURN.CODE"
            | "ID"
            | "RECORD"
            | "ANS"
    )
}
