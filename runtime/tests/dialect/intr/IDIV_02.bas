* IDIV by zero (last act)
CRT IDIV(5, 1)
CRT IDIV(5, 0)
CRT "done"
