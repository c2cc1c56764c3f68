* PRECISION beyond 9 and negative (compile-time or run-time behaviour)
X = 14
PRECISION X
CRT 2/3
X = 15
PRECISION X
CRT 2/3
X = -1
PRECISION X
CRT 2/3
CRT "done"
