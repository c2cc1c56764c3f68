* READ.SOCKET of an unassigned variable: Unassigned variable, not 'not a socket' (run through IN.RUNERR)
CRT READ.SOCKET(NEVER, 10, 0, 0)
