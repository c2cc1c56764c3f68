* OCONV MT then MCD: the time text is not numeric for MCD (run through IN.RUNERR)
CRT "[" : OCONV(3600, "MT" : @VM : "MCU") : "]"
CRT "[" : OCONV(3600, "MT" : @VM : "MCD") : "]"
