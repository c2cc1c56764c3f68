* SPACE / SPACES
CRT "[" : SPACE(3) : "][" : SPACE(0) : "][" : SPACE(-2) : "][" : SPACE("") : "][" : SPACE(2.7) : "]"
CRT LEN(SPACE(1000))
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", SPACES(1:@VM:0:@VM:2)) : "]"
CRT "done"
