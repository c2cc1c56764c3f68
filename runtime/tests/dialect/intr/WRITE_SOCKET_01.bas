* WRITE.SOCKET on a non-socket (last act)
X = 5
CRT "before"
N = WRITE.SOCKET(X, "abc", 0, 0)
CRT "[" : N : "] status=" : STATUS()
CRT "done"
