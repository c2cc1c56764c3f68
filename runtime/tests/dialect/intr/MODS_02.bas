* MODS with a zero divisor element: no error
CRT CONVERT(@FM:@VM:@SM, "^]\", MODS(7:@VM:8, 3:@VM:0))
CRT "done"
