* OPEN.SOCKET to a closed port prints a non-fatal message and sets STATUS()
S = OPEN.SOCKET("127.0.0.1", 1, 0)
CRT "refused status=" : STATUS()
