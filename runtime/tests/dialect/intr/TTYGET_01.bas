* TTYGET with no terminal
X = TTYGET()
CRT "status=" : STATUS()
CRT "done"
