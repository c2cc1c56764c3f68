* ABS of a non-numeric string is a fatal run-time error (run through IN.RUNERR)
CRT ABS(-1)
X = "abc"
CRT "before"
CRT ABS(X)
