* SUPPORT: IN.RUNERR IN.E.READ_SOCKET_02
* READ.SOCKET of an unassigned variable: Unassigned variable, not 'not a socket' (run through IN.RUNERR)
CRT "before"
CALL IN.RUNERR("IN.E.READ_SOCKET_02")
CRT "done"
