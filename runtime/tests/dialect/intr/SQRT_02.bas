* SQRT of a negative number (last act)
CRT SQRT(9)
CRT SQRT(-1)
CRT "done"
