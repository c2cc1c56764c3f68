* ACCEPT.SOCKET.CONNECTION on a non-socket (last act)
X = 1
CRT "before"
A = ACCEPT.SOCKET.CONNECTION(X, 10)
CRT "status=" : STATUS()
CRT "done"
