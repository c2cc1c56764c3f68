* SUPPORT: IN.RUNERR IN.E.SOCKET_INFO_03
* SOCKET.INFO of a matrix element that holds no socket names the element (run through IN.RUNERR)
CRT "before"
CALL IN.RUNERR("IN.E.SOCKET_INFO_03")
CRT "done"
