* SUPPORT: IN.RUNCODE IN.RUNERR
* difftest profile stmts (seed 1000002): FIELDSTORE and field-substring assignment use the first
* character of a longer delimiter and read the counts before the delimiter. An empty delimiter
* stops ScarletDME with "Null substring delimiter" (not tested here: after that abort inside
* EXECUTE ... TRAPPING ABORTS ScarletDME also prints "ON.ABORT paragraph aborted!"; the difftest
* profile stmts checks it, FINDINGS.md)
R = "a,b,c"
R = FIELDSTORE(R, ",x", 2, 1, "Q")
CRT R
R = "a,b,c"
R["-+", 1, 1] = "Z"
CRT R
CALL IN.RUNCODE('CRT FIELDSTORE("a,b", "", "x", 1, "x")')
CRT "done"
END
