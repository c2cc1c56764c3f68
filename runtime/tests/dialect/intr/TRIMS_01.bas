* TRIMS with a character and mode
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", TRIMS("--a--b--":@VM:"-c-", "-", "B")) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", TRIMS("  a  ":@VM:" ":@VM:"")) : "]"
CRT "done"
