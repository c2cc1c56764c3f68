* SUPPORT: IN.RUNERR IN.E.SOCKET_INFO_04
* SOCKET.INFO of an unassigned variable with a key other than SKT$INFO.OPEN (run through IN.RUNERR)
CRT "before"
CALL IN.RUNERR("IN.E.SOCKET_INFO_04")
CRT "done"
