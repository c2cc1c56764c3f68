* SUPPORT: IN.RUNERR IN.E.OCONV_MT_02
* OCONV time: empty, non-numeric, multivalued, bad codes
CRT "[" : OCONV("", "MT") : "] " : STATUS()
CRT "[" : OCONV(3600, "MTX") : "] " : STATUS()
CRT "[" : OCONV(3600, "MTHH") : "] " : STATUS()
CRT "[" : OCONV(123456789, "MTS") : "] " : STATUS()
CRT "[" : OCONV(-3600, "MTS") : "] " : STATUS()
* non-numeric input is fatal (run through IN.RUNERR)
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_MT_02")
CRT "done"
