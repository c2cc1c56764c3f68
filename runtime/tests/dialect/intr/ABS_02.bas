* ABS of a non-numeric string is a fatal run-time error (last act)
CRT ABS(-1)
X = "abc"
CRT "before"
CRT ABS(X)
CRT "done"
