* ACCEPT.SOCKET.CONNECTION on a non-socket (run through IN.RUNERR)
X = 1
CRT "before"
A = ACCEPT.SOCKET.CONNECTION(X, 10)
