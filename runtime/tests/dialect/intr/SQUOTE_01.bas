* SQUOTE / QUOTE / DQUOTE on multi-valued data and numbers
CRT CONVERT(@FM:@VM:@SM, "^]\", SQUOTE("a":@VM:"b")) : "|" : SQUOTE(-1.5) : "|" : QUOTE("")
CRT "done"
