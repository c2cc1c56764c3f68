* CREATE.SERVER.SOCKET bad arguments
S = CREATE.SERVER.SOCKET("", -5, 0)
CRT "bad port status=" : STATUS()
S = CREATE.SERVER.SOCKET("no.such.host.invalid", 0, 0)
CRT "bad host status=" : (STATUS() # 0)
CRT "done"
