* OCONV MX of text with a leading space is fatal non-numeric (run through IN.RUNERR)
CRT "[" : OCONV("+12", "MX") : "]"
CRT "[" : OCONV(" 12", "MX") : "]"
