* GETNLS(key): 1 currency, 2 thousands, 3 decimal
CRT "[" : GETNLS(1) : "]"
CRT "[" : GETNLS(2) : "]"
CRT "[" : GETNLS(3) : "]"
CRT "[" : GETNLS(0) : "]"
CRT "[" : GETNLS(99) : "] status=" : STATUS()
CRT "[" : GETNLS("") : "]"
CRT "done"
