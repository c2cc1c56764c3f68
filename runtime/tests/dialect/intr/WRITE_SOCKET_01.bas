* SUPPORT: IN.RUNERR IN.E.WRITE_SOCKET_01
* WRITE.SOCKET on a non-socket (run through IN.RUNERR)
X = 5
CRT "before"
* the program so far, ending in the failing statement, runs via EXECUTE:
CALL IN.RUNERR("IN.E.WRITE_SOCKET_01")
CRT "done"
