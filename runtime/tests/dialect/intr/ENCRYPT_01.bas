* ENCRYPT with an empty key (last act)
CRT "before"
E = ENCRYPT("", "")
CRT "[" : E : "]"
CRT "done"
