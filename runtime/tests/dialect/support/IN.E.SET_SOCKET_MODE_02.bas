* SET.SOCKET.MODE of an empty string held in a variable (run through IN.RUNERR)
S = ""
CRT SET.SOCKET.MODE(S, 4, 1)
