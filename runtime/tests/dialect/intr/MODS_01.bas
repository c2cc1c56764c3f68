* MODS element-wise MOD
CRT CONVERT(@FM:@VM:@SM, "^]\", MODS(7:@VM:8:@VM:-9, 3:@VM:3:@VM:4))
CRT CONVERT(@FM:@VM:@SM, "^]\", MODS(7:@VM:8:@VM:9, 5))
CRT CONVERT(@FM:@VM:@SM, "^]\", MODS(7:@FM:8, 5:@FM:3))
CRT CONVERT(@FM:@VM:@SM, "^]\", MODS("", 3))
CRT "done"
