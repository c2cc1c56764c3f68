* SUPPORT: IN.RUNERR IN.E.OCONV_D_10
* OCONV D of a number beyond 32 bits is fatal Numeric overflow, text is STATUS() 1 (run through IN.RUNERR)
CRT "[" : OCONV("abc", "D") : "] " : STATUS()
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_D_10")
CRT "done"
