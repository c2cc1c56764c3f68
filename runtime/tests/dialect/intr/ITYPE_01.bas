* ITYPE of an uncompiled string (last act if fatal)
CRT "before"
X = ITYPE("A")
CRT "[" : X : "] status=" : STATUS()
CRT "done"
