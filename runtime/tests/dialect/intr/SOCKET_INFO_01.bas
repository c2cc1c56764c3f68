* SOCKET.INFO / SET.SOCKET.MODE on a listening socket and a non-socket
SRV = "" ; PORT = 0
FOR P = 47201 TO 47260
   SRV = CREATE.SERVER.SOCKET("127.0.0.1", P, 0)
   IF STATUS() = 0 THEN PORT = P ; EXIT
NEXT P
IF PORT = 0 THEN STOP "no free port"
CRT "open=" : SOCKET.INFO(SRV, 0) : " blocking=" : SOCKET.INFO(SRV, 4) : " nodelay=" : SOCKET.INFO(SRV, 5) : " keepalive=" : SOCKET.INFO(SRV, 6)
CRT "set nonblocking=" : SET.SOCKET.MODE(SRV, 4, 2) : " status=" : STATUS()
CRT "blocking now=" : SOCKET.INFO(SRV, 4)
CRT "bad key=[" : SOCKET.INFO(SRV, 99) : "] status=" : STATUS()
A = ACCEPT.SOCKET.CONNECTION(SRV, 100)
CRT "accept nobody status=" : STATUS()
X = 5
CRT "nonsocket open=" : SOCKET.INFO(X, 0)
CLOSE.SOCKET SRV
CRT "done"
