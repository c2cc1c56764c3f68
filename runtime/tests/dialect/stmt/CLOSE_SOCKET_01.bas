* CLOSE.SOCKET on a listening socket opened on a free port
SKT = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0)
PRINT "create status: ":STATUS()
PORT = SOCKET.INFO(SKT, 3)
PRINT "port chosen: ":(PORT > 0)
CLOSE.SOCKET SKT
PRINT "close status: ":STATUS()
PRINT "done"
