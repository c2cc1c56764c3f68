* READ.SOCKET / WRITE.SOCKET on a non-socket (run through IN.RUNERR)
X = 5
CRT "before"
D = READ.SOCKET(X, 10, 0, 100)
