* ACCEPT.SOCKET.CONNECTION of a constant: the message names no variable (run through IN.RUNERR)
A = ACCEPT.SOCKET.CONNECTION(1, 10)
