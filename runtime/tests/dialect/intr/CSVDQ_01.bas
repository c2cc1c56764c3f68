* CSVDQ: undo CSV double-quoting
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('a,b,c'))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('"a,b",c'))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('"say ""hi""",x'))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('a;b;"c;d"', ';'))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ(''))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ(',,'))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('"unterminated,x'))
CRT CONVERT(@FM:@VM:@SM, "^]\", CSVDQ('a"b,c'))
CRT "done"
