* SUPPORT: IN.RUNERR IN.E.OCONV_MT_03
* OCONV MT of a multi-valued string is fatal (run through IN.RUNERR)
CRT "[" : OCONV(3600, "MTS") : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_MT_03")
CRT "done"
