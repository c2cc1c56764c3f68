* SUPPORT: IN.RUNERR IN.E.OCONV_MT_05
* OCONV MT of a number beyond 32 bits is fatal Numeric overflow (run through IN.RUNERR)
CRT "[" : OCONV(2147483647, "MTS") : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_MT_05")
CRT "done"
