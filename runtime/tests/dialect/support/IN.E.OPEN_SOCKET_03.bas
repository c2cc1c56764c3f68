* OPEN.SOCKET refused with SKT$NON.BLOCKING and with SKT$BLOCKING
S = OPEN.SOCKET("127.0.0.1", 1, 2)
CRT "non-blocking refused status=" : STATUS() : " open=" : SOCKET.INFO(S, 0)
S = OPEN.SOCKET("127.0.0.1", 1, 1)
CRT "blocking refused status=" : STATUS()
