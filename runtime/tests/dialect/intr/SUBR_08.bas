* SUPPORT: IN.RUNERR IN.E.SUBR_08 IN.TWICE
* SUBR of a name with a leading blank: an illegal call name, not trimmed
CALL IN.RUNERR("IN.E.SUBR_08")
CRT "done"
