* WRITE.SOCKET on a non-socket (run through IN.RUNERR)
X = 5
CRT "before"
N = WRITE.SOCKET(X, "abc", 0, 0)
