* SUPPORT: IN.RUNERR IN.E.ITYPE_03
* ITYPE of an I-type record that was never compiled (run through IN.RUNERR)
CRT "before"
CALL IN.RUNERR("IN.E.ITYPE_03")
CRT "done"
