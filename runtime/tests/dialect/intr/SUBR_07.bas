* SUPPORT: IN.RUNERR IN.E.SUBR_07 IN.TWICE
* SUBR takes the name in upper case; a $ name (internal mode only) is an illegal call name
N = "in.twice"
CRT SUBR(N, 7)
CRT SUBR("In.Twice", 8)
CALL IN.RUNERR("IN.E.SUBR_07")
CRT "done"
