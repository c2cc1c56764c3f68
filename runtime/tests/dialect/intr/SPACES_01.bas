* SPACES with negative and empty counts
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", SPACES(3:@FM:-1:@VM:"")) : "]"
CRT "done"
