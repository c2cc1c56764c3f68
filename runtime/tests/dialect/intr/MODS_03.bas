* MODS with negative elements, decimals and REUSE
CRT CONVERT(@FM:@VM:@SM, "^]\", MODS(-7:@VM:7:@VM:7.5, 3:@VM:-3:@VM:2))
CRT CONVERT(@FM:@VM:@SM, "^]\", MODS(10:@VM:11:@VM:12, REUSE(5)))
CRT CONVERT(@FM:@VM:@SM, "^]\", MODS(10:@SM:11, 3:@SM:4:@SM:5))
CRT "done"
