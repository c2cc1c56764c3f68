* SUPPORT: IN.RUNERR IN.E.CLOSE_SOCKET_02
* CLOSE.SOCKET of a variable that holds no socket (run through IN.RUNERR)
CRT "before"
CALL IN.RUNERR("IN.E.CLOSE_SOCKET_02")
CRT "done"
