* READ.SOCKET / WRITE.SOCKET on a non-socket (last act)
X = 5
CRT "before"
D = READ.SOCKET(X, 10, 0, 100)
CRT "[" : D : "] status=" : STATUS()
CRT "done"
