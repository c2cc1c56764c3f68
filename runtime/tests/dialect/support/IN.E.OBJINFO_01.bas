* OBJINFO key 0 on a non-object, then key 1 (run through IN.RUNERR)
X = 5
CRT OBJINFO(X, 0) : "|" : OBJINFO("", 0)
CRT "[" : OBJINFO(X, 1) : "]"
