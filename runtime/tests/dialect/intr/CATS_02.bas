* CATS: empty elements, trailing marks, field vs value level on each side
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@VM:@VM:"c", "1":@VM:"2":@VM:"3"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@FM, "1":@FM:"2"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@VM:"b":@FM:"c":@VM:"d", "1":@FM:"3"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS("a":@SM:"b", "1":@VM:"2"))
CRT CONVERT(@FM:@VM:@SM, "^]\", CATS(@VM, @VM))
CRT "done"
