* OCONV D of a string with spaces, a float and a huge day number
CRT "[" : OCONV(" 1", "D") : "][" : OCONV("1 ", "D") : "] " : STATUS()
CRT "[" : OCONV(0.9, "D") : "][" : OCONV(-0.9, "D") : "][" : OCONV(1.5, "D2/") : "]"
CRT "[" : OCONV(100000000, "D") : "] " : STATUS()
CRT "done"
