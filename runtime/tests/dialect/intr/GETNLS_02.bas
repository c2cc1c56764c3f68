* GETNLS with a non-numeric key (last act)
CRT "before"
CRT "[" : GETNLS("CURRENCY") : "]"
CRT "done"
