* CONFIG with a name longer than 8 characters (run through IN.RUNERR)
CRT "before"
CRT "[" : CONFIG("NO.SUCH.PARAM") : "]"
