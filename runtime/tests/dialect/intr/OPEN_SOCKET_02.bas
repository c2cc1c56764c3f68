* loopback: server socket, client, accept, write, read, info, close
SRV = "" ; PORT = 0
FOR P = 47101 TO 47160
   SRV = CREATE.SERVER.SOCKET("127.0.0.1", P, 0)
   IF STATUS() = 0 THEN PORT = P ; EXIT
NEXT P
IF PORT = 0 THEN STOP "no free port"
CRT "server type=" : SOCKET.INFO(SRV, 1) : " open=" : SOCKET.INFO(SRV, 0) : " port ok=" : (SOCKET.INFO(SRV, 2) = PORT)
C = OPEN.SOCKET("127.0.0.1", PORT, 0)
CRT "open status=" : STATUS()
A = ACCEPT.SOCKET.CONNECTION(SRV, 2000)
CRT "accept status=" : STATUS()
CRT "client type=" : SOCKET.INFO(C, 1) : " incoming type=" : SOCKET.INFO(A, 1)
CRT "client addr=" : SOCKET.INFO(C, 3) : " family=" : SOCKET.INFO(C, 7)
N = WRITE.SOCKET(C, "hello":CHAR(10), 0, 0)
CRT "wrote=" : N : " status=" : STATUS()
D = READ.SOCKET(A, 100, 0, 2000)
CRT "read=[" : CONVERT(CHAR(10), "~", D) : "] status=" : STATUS()
N = WRITE.SOCKET(A, "reply", 0, 0)
D = READ.SOCKET(C, 3, 0, 2000)
CRT "partial=[" : D : "]"
D = READ.SOCKET(C, 100, 0, 2000)
CRT "rest=[" : D : "]"
D = READ.SOCKET(C, 100, 0, 200)
CRT "timeout=[" : D : "] status=" : STATUS()
CLOSE.SOCKET C
D = READ.SOCKET(A, 100, 0, 2000)
CRT "after close=[" : D : "] status=" : STATUS()
CLOSE.SOCKET A
CLOSE.SOCKET SRV
CRT "done"
