* CONFIG with a name longer than 8 characters (last act)
CRT "before"
CRT "[" : CONFIG("NO.SUCH.PARAM") : "]"
CRT "done"
