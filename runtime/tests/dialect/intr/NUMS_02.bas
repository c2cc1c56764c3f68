* NUMS on edge spellings
CRT CONVERT(@FM:@VM:@SM, "^]\", NUMS(" 1":@VM:"1 ":@VM:"+1":@VM:".":@VM:"1e2":@VM:"-0":@VM:"0x1"))
CRT "done"
