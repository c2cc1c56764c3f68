* EXIT.PACKAGE (last act)
CRT "before"
X = EXIT.PACKAGE("NOPKG")
CRT "exit [" : X : "] status=" : STATUS()
CRT "done"
