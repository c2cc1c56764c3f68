* LENS keeps empty trailing elements
CRT CONVERT(@FM:@VM:@SM, "^]\", LENS("ab":@VM:@VM)) : "|" : CONVERT(@FM:@VM:@SM, "^]\", LENS(@SM:"x"))
CRT "done"
