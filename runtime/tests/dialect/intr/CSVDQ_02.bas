* CSVDQ: quoted fields with delimiters, empty quoted fields, other delimiters
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('"",x,""'))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('"a""b"'))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('a|"b|c"|d', '|'))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ(' a , b '))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('x,'))
CRT "done"
