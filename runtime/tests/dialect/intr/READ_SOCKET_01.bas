* SUPPORT: IN.RUNERR IN.E.READ_SOCKET_01
* READ.SOCKET / WRITE.SOCKET on a non-socket (run through IN.RUNERR)
X = 5
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.READ_SOCKET_01")
CRT "done"
