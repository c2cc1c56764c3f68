* SUPPORT: IN.RUNERR IN.E.OPEN_SOCKET_01
* OPEN.SOCKET to a closed port (its message names the object path, so it runs via EXECUTE), bad host, bad port
CALL IN.RUNERR("IN.E.OPEN_SOCKET_01")
S = OPEN.SOCKET("", 80, 0)
CRT "empty host status=" : STATUS()
S = OPEN.SOCKET("127.0.0.1", -1, 0)
CRT "bad port status=" : STATUS()
CRT "done"
