* SOCKET.INFO of a matrix element that holds no socket names the element (run through IN.RUNERR)
DIM M(3)
M(2) = 4
CRT SOCKET.INFO(M(2), 2)
