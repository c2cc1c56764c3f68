* DIV by zero (last act)
CRT DIV(6, 3)
CRT DIV(1, 0)
CRT "done"
