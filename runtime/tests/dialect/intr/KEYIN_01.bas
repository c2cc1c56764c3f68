* KEYIN with a timeout and no input
CRT "before"
X = KEYIN(1)
CRT "[" : LEN(X) : "] status=" : STATUS()
CRT "done"
