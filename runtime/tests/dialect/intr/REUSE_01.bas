* REUSE in element-wise functions: the last element of the shorter list repeats
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@VM:"b":@VM:"c", REUSE("x":@VM:"y")))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS(REUSE("p"), 1:@VM:2:@VM:3))
CRT CONVERT(@FM:@VM:@SM, "^]\", EQS(1:@VM:1:@VM:2, REUSE(1)))
CRT CONVERT(@FM:@VM:@SM, "^]\", MODS(7:@VM:8:@VM:9, REUSE(4)))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@FM:"b":@VM:"c", REUSE("x")))
X = REUSE(5)
CRT X
CRT "done"
