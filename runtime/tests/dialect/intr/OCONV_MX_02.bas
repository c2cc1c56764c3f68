* SUPPORT: IN.RUNERR IN.E.OCONV_MX_02
* OCONV MX of non-numeric text (run through IN.RUNERR)
CRT "[" : OCONV("10", "MX") : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_MX_02")
CRT "done"
