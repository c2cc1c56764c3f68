* TRIMS / TRIMFS / TRIMBS over sub-values with tabs
X = "  a  b  ":@SM:CHAR(9):" c ":@VM:"   "
CRT "[" : CONVERT(@FM:@VM:@SM:CHAR(9), "^]\T", TRIMS(X)) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM:CHAR(9), "^]\T", TRIMFS(X)) : "]"
CRT "[" : CONVERT(@FM:@VM:@SM:CHAR(9), "^]\T", TRIMBS(X)) : "]"
CRT "done"
