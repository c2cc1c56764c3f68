* SELECTINFO with a list number out of range (run through IN.RUNERR)
CRT "before"
CRT SELECTINFO(99, 1)
