* SUPPORT: IN.RUNERR IN.E.OCONV_MX_05
* OCONV MX of text with a leading space is fatal non-numeric (run through IN.RUNERR)
CRT "[" : OCONV("+12", "MX") : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_MX_05")
CRT "done"
