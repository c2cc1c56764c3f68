* OBJECT of a class that does not exist (run through IN.RUNERR)
CRT "before"
O = OBJECT("NO.SUCH.CLASS")
