* SUPPORT: IN.RUNERR IN.E.OCONV_MC_04
* OCONV MT then MCD: the time text is not numeric for MCD (run through IN.RUNERR)
CRT "[" : OCONV(3600, "MT" : @VM : "MCU") : "]"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.OCONV_MC_04")
CRT "done"
