* SUPPORT: IN.RUNCODE IN.RUNERR
* a non-numeric value where a number is needed (FIELDPOS): run through EXECUTE, stable outcome printed
CODE = 'A = "x":@FM:"y"'
CODE<-1> = 'CRT A<"b">'
CALL IN.RUNCODE(CODE)
CRT "done"
