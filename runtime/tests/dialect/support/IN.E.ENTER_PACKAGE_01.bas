* ENTER.PACKAGE / EXIT.PACKAGE of an unknown package
CRT "before"
X = ENTER.PACKAGE("NOPKG")
