* OPEN.SOCKET to a closed port and to a bad host
S = OPEN.SOCKET("127.0.0.1", 1, 0)
CRT "refused status=" : STATUS()
S = OPEN.SOCKET("", 80, 0)
CRT "empty host status=" : STATUS()
S = OPEN.SOCKET("127.0.0.1", -1, 0)
CRT "bad port status=" : STATUS()
CRT "done"
