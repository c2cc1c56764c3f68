* SUPPORT: IN.RUNERR IN.E.SET_SOCKET_MODE_02
* SET.SOCKET.MODE of an empty string held in a variable (run through IN.RUNERR)
CRT "before"
CALL IN.RUNERR("IN.E.SET_SOCKET_MODE_02")
CRT "done"
