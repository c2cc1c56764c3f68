* OCONV time: empty, non-numeric, multivalued, bad codes
CRT "[" : OCONV("", "MT") : "] " : STATUS()
CRT "[" : OCONV(3600, "MTX") : "] " : STATUS()
CRT "[" : OCONV(3600, "MTHH") : "] " : STATUS()
CRT "[" : OCONV(123456789, "MTS") : "] " : STATUS()
CRT "[" : OCONV(-3600, "MTS") : "] " : STATUS()
* non-numeric input is fatal (run through IN.RUNERR)
CRT "[" : OCONV("abc", "MT") : "] " : STATUS()
