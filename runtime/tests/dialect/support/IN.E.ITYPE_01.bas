* ITYPE of an uncompiled string (run through IN.RUNERR)
CRT "before"
X = ITYPE("A")
