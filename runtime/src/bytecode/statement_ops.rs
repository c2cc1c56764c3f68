//! Statement operations (`Op::Sys` / `Op::SysVar`): ids shared by the
//! compiler and the VM. Each pops its inputs and pushes its outputs, then
//! (for statements with THEN/ELSE clauses) a branch code: 0 ELSE, 1 THEN,
//! 2 LOCKED, 3 ON ERROR.

/// Statement operation ids.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Sys {
    Open,
    OpenPath,
    Read,
    ReadU,
    ReadL,
    ReadV,
    ReadVU,
    ReadVL,
    MatRead,
    Write,
    WriteU,
    WriteV,
    MatWrite,
    Delete,
    Release,
    Close,
    OpenSeq,
    ReadSeq,
    WriteSeq,
    WriteSeqF,
    WriteBlk,
    ReadBlk,
    WeofSeq,
    CloseSeq,
    Seek,
    Create,
    Select,
    SSelect,
    SelectV,
    ReadNext,
    ReadList,
    ClearSelect,
    Execute,
    Data,
    Input,
    Prompt,
    Sleep,
    Nap,
    Precision,
    SetExitStatus,
    Chain,
    Locate,
    Find,
    FindStr,
    Remove,
    RemoveFn,
    GetRem,
    SetRem,
    MatParse,
    MatBuild,
    Echo,
    Inmat,
    PopGosub,
    ClearData,
    FlushSeq,
    DeleteSeq,
    StatusOf,
    /// CLEAR: every variable of the program but COMMON becomes 0.
    Clear,
    /// CLEAR COMMON / CLEARCOMMON: the unnamed common block becomes 0.
    ClearCommon,
    /// RANDOMIZE [seed]: argc 0 (a fresh seed) or 1.
    Randomize,
    /// HUSH state: pushes the previous state (1 hushed, 0 not).
    Hush,
    /// SAVELIST name [FROM n]: the list as a record of `$SAVEDLISTS`.
    SaveList,
    /// GETLIST name [TO n] [SETTING var]: pushes the count.
    GetList,
    /// DELETELIST name.
    DeleteList,
    /// CLEARFILE file: deletes every record.
    ClearFile,
    /// RECORDLOCKL file, id: a shared lock without reading.
    RecordLockL,
    /// RECORDLOCKU file, id: an update lock without reading.
    RecordLockU,
    /// SET.ARG n, value: stores into argument n of the current routine.
    SetArg,
    /// CsvPart(parts, i): field `i` of a CSVDQ result, STATUS() 0 taken,
    /// 1 empty string, 2 past the end (DPARSE.CSV and kin).
    CsvPart,
    /// CsvLine(values...): the values as one CSV line (FORMCSV each, joined
    /// by commas: PRINTCSV, WRITECSV).
    CsvLine,
    /// SELECTE TO var: list 0's remaining items into a list variable.
    SelectE,
    /// CLAUSE.FLAGS prefix (argc 1: the flags): the clauses the next
    /// statement has, bit 1 LOCKED, 2 ON ERROR, 4 ELSE. Pushes nothing.
    ClauseFlags,
    /// MATREADU mat FROM file, id: MATREAD with an update lock.
    MatReadU,
    /// MATREADL mat FROM file, id: MATREAD with a shared lock.
    MatReadL,
    /// WRITEVU: WRITEV that keeps the update lock.
    WriteVU,
    /// MATWRITEU: MATWRITE that keeps the update lock.
    MatWriteU,
    /// DELETEU file, id: DELETE that keeps the update lock.
    DeleteU,
    /// LOCK n: takes task lock n (0..=63).
    Lock,
    /// UNLOCK n: releases task lock n.
    Unlock,
    /// FILELOCK file: locks the whole file.
    FileLock,
    /// FILEUNLOCK file.
    FileUnlock,
    /// TRANSACTION START / BEGIN TRANSACTION.
    TxnStart,
    /// TRANSACTION COMMIT / COMMIT.
    TxnCommit,
    /// TRANSACTION ABORT / ROLLBACK / END TRANSACTION: rolls back.
    TxnEnd,
    /// OS.EXECUTE cmd, capturing (1/0): a shell command; pushes the
    /// captured output.
    OsExecute,
    /// PROCREAD: no PROC is ever active, so always ELSE with "".
    ProcRead,
    /// CREATE.FILE path, type (1 DIRECTORY, 2 DYNAMIC), has ON ERROR.
    CreateFile,
    /// SETPU key, unit, value.
    SetPu,
    /// SETNLS key, value.
    SetNls,
    /// ERRMSG id, args (joined by @IM): a Pick-style message from the
    /// ERRMSG file (also STOPE and ABORTE, before they stop).
    ErrMsg,
    /// Terminal and printer statements (`bytecode::term_ops` codes).
    Term,
    /// SELECTINDEX name FROM file TO list: the index's keys.
    SelectIndex,
    /// SELECTINDEX name, value FROM file TO list: the ids with that key.
    SelectIndexV,
    /// SELECTLEFT name FROM file, setting (1/0), list: pushes the key.
    SelectLeft,
    /// SELECTRIGHT: as SELECTLEFT, the other way.
    SelectRight,
    /// SETLEFT name FROM file: the scan at the left edge.
    SetLeft,
    /// SETRIGHT name FROM file: the scan at the right edge.
    SetRight,
}

/// All ids in order (index = discriminant).
pub static ALL: &[Sys] = &[
    Sys::Open,
    Sys::OpenPath,
    Sys::Read,
    Sys::ReadU,
    Sys::ReadL,
    Sys::ReadV,
    Sys::ReadVU,
    Sys::ReadVL,
    Sys::MatRead,
    Sys::Write,
    Sys::WriteU,
    Sys::WriteV,
    Sys::MatWrite,
    Sys::Delete,
    Sys::Release,
    Sys::Close,
    Sys::OpenSeq,
    Sys::ReadSeq,
    Sys::WriteSeq,
    Sys::WriteSeqF,
    Sys::WriteBlk,
    Sys::ReadBlk,
    Sys::WeofSeq,
    Sys::CloseSeq,
    Sys::Seek,
    Sys::Create,
    Sys::Select,
    Sys::SSelect,
    Sys::SelectV,
    Sys::ReadNext,
    Sys::ReadList,
    Sys::ClearSelect,
    Sys::Execute,
    Sys::Data,
    Sys::Input,
    Sys::Prompt,
    Sys::Sleep,
    Sys::Nap,
    Sys::Precision,
    Sys::SetExitStatus,
    Sys::Chain,
    Sys::Locate,
    Sys::Find,
    Sys::FindStr,
    Sys::Remove,
    Sys::RemoveFn,
    Sys::GetRem,
    Sys::SetRem,
    Sys::MatParse,
    Sys::MatBuild,
    Sys::Echo,
    Sys::Inmat,
    Sys::PopGosub,
    Sys::ClearData,
    Sys::FlushSeq,
    Sys::DeleteSeq,
    Sys::StatusOf,
    Sys::Clear,
    Sys::ClearCommon,
    Sys::Randomize,
    Sys::Hush,
    Sys::SaveList,
    Sys::GetList,
    Sys::DeleteList,
    Sys::ClearFile,
    Sys::RecordLockL,
    Sys::RecordLockU,
    Sys::SetArg,
    Sys::CsvPart,
    Sys::CsvLine,
    Sys::SelectE,
    Sys::ClauseFlags,
    Sys::MatReadU,
    Sys::MatReadL,
    Sys::WriteVU,
    Sys::MatWriteU,
    Sys::DeleteU,
    Sys::Lock,
    Sys::Unlock,
    Sys::FileLock,
    Sys::FileUnlock,
    Sys::TxnStart,
    Sys::TxnCommit,
    Sys::TxnEnd,
    Sys::OsExecute,
    Sys::ProcRead,
    Sys::CreateFile,
    Sys::SetPu,
    Sys::SetNls,
    Sys::ErrMsg,
    Sys::Term,
    Sys::SelectIndex,
    Sys::SelectIndexV,
    Sys::SelectLeft,
    Sys::SelectRight,
    Sys::SetLeft,
    Sys::SetRight,
];

impl Sys {
    /// From the encoded id.
    pub fn from_u16(i: u16) -> Option<Sys> {
        ALL.get(i as usize).copied()
    }

    /// True for the sequential-file statements that take their ON ERROR
    /// clause when the file cannot be created or removed: the compiler
    /// tells them (`ClauseFlags`) only when they have one.
    pub fn takes_on_error_flag(self) -> bool {
        matches!(
            self,
            Sys::WriteSeq
                | Sys::WriteSeqF
                | Sys::WriteBlk
                | Sys::WeofSeq
                | Sys::Create
                | Sys::DeleteSeq
        )
    }

    /// True for the statements that act on their clauses (a LOCKED
    /// clause, ON ERROR, an ELSE that stops a lock wait): the compiler
    /// tells them which clauses are present (`ClauseFlags`) and they take
    /// the flags first thing. Other statements are not told (READSEQ in a
    /// loop ran two instructions more for nothing), so that no flag is
    /// left over for a later statement either.
    pub fn takes_clause_flags(self) -> bool {
        matches!(
            self,
            Sys::ReadU
                | Sys::ReadL
                | Sys::ReadVU
                | Sys::ReadVL
                | Sys::MatRead
                | Sys::MatReadU
                | Sys::MatReadL
                | Sys::Write
                | Sys::WriteU
                | Sys::WriteV
                | Sys::WriteVU
                | Sys::MatWrite
                | Sys::MatWriteU
                | Sys::Delete
                | Sys::DeleteU
                | Sys::Release
                | Sys::RecordLockL
                | Sys::RecordLockU
                | Sys::FileLock
                | Sys::FileUnlock
                | Sys::Lock
                | Sys::Unlock
                | Sys::TxnStart
                | Sys::TxnCommit
                | Sys::TxnEnd
        )
    }
}
