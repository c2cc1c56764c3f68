* OBJINFO key 0 on a non-object, then key 1 (last act)
X = 5
CRT OBJINFO(X, 0) : "|" : OBJINFO("", 0)
CRT "[" : OBJINFO(X, 1) : "]"
CRT "done"
