* KEYINR with a timeout and no input
CRT "before"
X = KEYINR(1)
CRT "[" : LEN(X) : "] status=" : STATUS()
CRT "done"
