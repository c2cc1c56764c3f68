* RDIV by zero (last act)
CRT RDIV(7, 2)
CRT RDIV(7, 0)
CRT "done"
