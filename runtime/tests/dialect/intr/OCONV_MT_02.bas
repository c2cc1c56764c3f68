* OCONV time: empty, non-numeric, multivalued, bad codes
CRT "[" : OCONV("", "MT") : "] " : STATUS()
CRT "[" : OCONV(3600, "MTX") : "] " : STATUS()
CRT "[" : OCONV(3600, "MTHH") : "] " : STATUS()
CRT "[" : OCONV(123456789, "MTS") : "] " : STATUS()
CRT "[" : OCONV(-3600, "MTS") : "] " : STATUS()
* non-numeric input is fatal (last act)
CRT "[" : OCONV("abc", "MT") : "] " : STATUS()
CRT "done"
