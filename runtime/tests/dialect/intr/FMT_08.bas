* FMT bad codes, empty code, STATUS()
CRT "[" : FMT("abc", "") : "] " : STATUS()
CRT "[" : FMT("abc", "Q") : "] " : STATUS()
CRT "[" : FMT("abc", "10X") : "] " : STATUS()
CRT "[" : FMT("abc", "-5L") : "] " : STATUS()
CRT "[" : FMT(12, "3") : "] " : STATUS()
CRT "[" : FMT("abc", "R2") : "] " : STATUS()
CRT "done"
