* EXIT.PACKAGE (run through IN.RUNERR)
CRT "before"
X = EXIT.PACKAGE("NOPKG")
