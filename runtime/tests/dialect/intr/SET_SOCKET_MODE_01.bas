* SUPPORT: IN.RUNERR IN.E.SET_SOCKET_MODE_01
* SET.SOCKET.MODE on a non-socket and with a bad key
X = 1
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.SET_SOCKET_MODE_01")
CRT "done"
