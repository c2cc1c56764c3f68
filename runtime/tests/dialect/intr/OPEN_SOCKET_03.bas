* SUPPORT: IN.RUNERR IN.E.OPEN_SOCKET_03
* OPEN.SOCKET refused in non-blocking mode (its message has no error number), negative ports
CALL IN.RUNERR("IN.E.OPEN_SOCKET_03")
S = OPEN.SOCKET("127.0.0.1", -5, 2)
CRT "port -5 status=" : STATUS()
S = CREATE.SERVER.SOCKET("127.0.0.1", -1, 0)
CRT "server port -1 status=" : STATUS() : " open=" : SOCKET.INFO(S, 0)
CRT "done"
