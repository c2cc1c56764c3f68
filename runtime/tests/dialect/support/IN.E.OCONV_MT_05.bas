* OCONV MT of a number beyond 32 bits is fatal Numeric overflow (run through IN.RUNERR)
CRT "[" : OCONV(2147483647, "MTS") : "]"
CRT "[" : OCONV("2147483648", "MTS") : "]"
