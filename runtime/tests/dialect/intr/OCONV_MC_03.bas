* SUPPORT: IN.RUNERR IN.E.OCONV_MC_03
* OCONV MCD of non-numeric text (run through IN.RUNERR)
CRT "[" : OCONV("255", "MCD") : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_MC_03")
CRT "done"
