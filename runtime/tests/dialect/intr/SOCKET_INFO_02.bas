* SOCKET.INFO never sets STATUS(); SKT$INFO.OPEN (0) of anything that is
* not a socket is 0; an unknown key gives 0
SRV = "" ; PORT = 0
FOR P = 47301 TO 47360
   SRV = CREATE.SERVER.SOCKET("127.0.0.1", P, 0)
   IF STATUS() = 0 THEN PORT = P ; EXIT
NEXT P
IF PORT = 0 THEN STOP "no free port"
A = ACCEPT.SOCKET.CONNECTION(SRV, 10)
CRT "accept status=" : STATUS()
CRT "open=" : SOCKET.INFO(SRV, 0) : " status=" : STATUS()
CRT "unknown key=" : SOCKET.INFO(SRV, 99) : " status=" : STATUS()
CRT "port ok=" : (SOCKET.INFO(SRV, 2) = PORT) : " status=" : STATUS()
CRT "type=" : SOCKET.INFO(SRV, 1) : " status=" : STATUS()
CRT "setmode bad key=" : SET.SOCKET.MODE(SRV, 99, 1) : " status=" : STATUS()
CRT "info after=" : SOCKET.INFO(SRV, 4) : " status=" : STATUS()
CRT "setmode ok=" : SET.SOCKET.MODE(SRV, 4, 0) : " status=" : STATUS()
X = "abc"
CRT "string open=" : SOCKET.INFO(X, 0)
CRT "literal open=" : SOCKET.INFO(7, 0)
CRT "empty open=" : SOCKET.INFO("", 0)
DIM M(3)
M(2) = 4
CRT "element open=" : SOCKET.INFO(M(2), 0)
CRT "unassigned open=" : SOCKET.INFO(NEVER, 0)
CLOSE.SOCKET SRV
CRT "done"
