* UNASSIGNED on fresh, assigned and matrix elements
CRT UNASSIGNED(Q) : UNASSIGNED(1) : UNASSIGNED("")
Q = 1
CRT UNASSIGNED(Q)
DIM M(2)
MAT M = ""
CRT UNASSIGNED(M(1))
CRT "done"
