* SUPPORT: IN.RUNERR IN.E.ITYPE_04
* ITYPE of a D-type whose field number is not digits only (run through IN.RUNERR)
CRT "before"
CALL IN.RUNERR("IN.E.ITYPE_04")
CRT "done"
