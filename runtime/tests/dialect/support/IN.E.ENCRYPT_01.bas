* ENCRYPT with an empty key (run through IN.RUNERR)
CRT "before"
E = ENCRYPT("", "")
