* SUPPORT: IN.RUNCODE IN.RUNERR
* empty elements count as 0 in ABSS, SUM, NEGS (no error)
CODE = 'X = "" : @VM : "-2"' : @FM : 'CRT ABSS(X) : " " : SUM(X) : " " : NEGS(X) : " " : SUM("")'
CALL IN.RUNCODE(CODE)
CRT "done"
