* KEYINC with a timeout and no input
CRT "before"
X = KEYINC(1)
CRT "[" : LEN(X) : "] status=" : STATUS()
CRT "done"
