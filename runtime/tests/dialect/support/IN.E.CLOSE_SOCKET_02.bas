* CLOSE.SOCKET of a variable that holds no socket (run through IN.RUNERR)
X = 1
CLOSE.SOCKET X
