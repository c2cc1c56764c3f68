* ENTER.PACKAGE / EXIT.PACKAGE of an unknown package
CRT "before"
X = ENTER.PACKAGE("NOPKG")
CRT "enter [" : X : "] status=" : STATUS()
X = EXIT.PACKAGE("NOPKG")
CRT "exit [" : X : "] status=" : STATUS()
CRT "done"
