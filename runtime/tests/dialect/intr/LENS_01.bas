* LENS on numbers and trailing marks
CRT CONVERT(@FM:@VM:@SM, "^]\", LENS(12:@VM:-1.5:@VM)) : "|" : CONVERT(@FM:@VM:@SM, "^]\", LENS(@FM:@FM))
CRT "done"
