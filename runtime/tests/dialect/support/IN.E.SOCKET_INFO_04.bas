* SOCKET.INFO of an unassigned variable with a key other than SKT$INFO.OPEN (run through IN.RUNERR)
CRT SOCKET.INFO(NEVER, 2)
