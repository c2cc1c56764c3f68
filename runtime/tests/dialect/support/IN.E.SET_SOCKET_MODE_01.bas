* SET.SOCKET.MODE on a non-socket and with a bad key
X = 1
CRT "before"
R = SET.SOCKET.MODE(X, 4, 1)
