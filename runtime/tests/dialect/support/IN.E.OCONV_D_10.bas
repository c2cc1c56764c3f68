* OCONV D of a number beyond 32 bits is fatal Numeric overflow, text is STATUS() 1 (run through IN.RUNERR)
CRT "[" : OCONV("abc", "D") : "] " : STATUS()
CRT "[" : OCONV(2147483648, "D") : "] " : STATUS()
