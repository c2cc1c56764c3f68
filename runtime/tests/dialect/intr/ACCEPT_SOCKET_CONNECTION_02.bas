* SUPPORT: IN.RUNERR IN.E.ACCEPT_SOCKET_CONNECTION_02
* ACCEPT.SOCKET.CONNECTION on a non-socket (run through IN.RUNERR)
X = 1
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.ACCEPT_SOCKET_CONNECTION_02")
CRT "done"
