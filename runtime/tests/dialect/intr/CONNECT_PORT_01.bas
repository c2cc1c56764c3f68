* CONNECT.PORT on a non-existent device
X = CONNECT.PORT("/dev/no-such-port-x", 9600, 0, 8, 1)
CRT "[" : X : "] status=" : STATUS()
CRT "done"
