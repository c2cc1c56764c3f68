* CONFIG: known and unknown short parameter names
CRT "[" : CONFIG("NOSUCH") : "] status=" : STATUS()
X = CONFIG("NUMFILES")
CRT NUM(X) : " status=" : STATUS()
CRT "yearbase=" : CONFIG("YEARBASE")
CRT "lower=[" : CONFIG("numfiles") : "] status=" : STATUS()
CRT "done"
