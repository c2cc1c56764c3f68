* SUPPORT: IN.RUNCODE IN.RUNERR
* difftest profile stmts (seed 1000002): a field-substring assignment (FIELDSTORE) with an empty
* delimiter stops with "Null substring delimiter"
R = "a,b"
R[",", 2, 1] = "y"
CRT R
CALL IN.RUNCODE('R = "a,b" ; R["", 2, 1] = "y" ; CRT R')
CRT "done"
END
