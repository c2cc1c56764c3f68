* FOLDS: element-wise FOLD
CRT CONVERT(@FM:@VM:@SM, "^]\", FOLDS("aaa bbb":@VM:"cc dd ee", 3))
CRT CONVERT(@FM:@VM:@SM, "^]\", FOLDS("", 3))
CRT "done"
