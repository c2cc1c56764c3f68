* SUPPORT: IN.RUNERR IN.E.OCONV_MT_06
* OCONV MT of a non-numeric variable: the message names no variable (run through IN.RUNERR)
X = "abc"
CRT "[" : OCONV("", "MT") : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_MT_06")
CRT "done"
