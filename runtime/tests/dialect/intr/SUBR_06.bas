* SUPPORT: IN.RUNERR IN.E.SUBR_06 IN.TWICE
* SUBR("*NAME") looks in the global catalogue only: a locally catalogued IN.TWICE is not found as *IN.TWICE
CRT SUBR("IN.TWICE", 5)
CALL IN.RUNERR("IN.E.SUBR_06")
CRT "done"
