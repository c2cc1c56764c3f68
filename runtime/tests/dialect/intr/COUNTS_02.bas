* COUNTS with a multi-character substring and a multi-valued search
CRT CONVERT(@FM:@VM:@SM, "^]\", COUNTS("abab":@VM:"bab":@SM:"", "ab"))
CRT CONVERT(@FM:@VM:@SM, "^]\", COUNTS("aaa":@VM:"bbb", "a":@VM:"b"))
CRT "done"
