* LOWER / RAISE
X = "a":@FM:"b":@VM:"c":@SM:"d":@TM:"e"
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\}", LOWER(X))
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\}", RAISE(X))
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\}", RAISE(LOWER(X)))
CRT SEQ(LOWER(CHAR(251))) : "|" : SEQ(RAISE(@FM)) : "|" : SEQ(RAISE(@IM)) : "|" : SEQ(LOWER(CHAR(249)))
CRT "[" : LOWER("") : "]" : LOWER(12)
CRT "done"
