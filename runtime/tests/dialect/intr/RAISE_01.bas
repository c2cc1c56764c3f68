* RAISE of text marks and of the highest mark
X = "a":@TM:"b":@SM:"c"
CRT CONVERT(@FM:@VM:@SM:@TM, "^]\}", RAISE(X))
CRT SEQ(RAISE(CHAR(255))) : "|" : SEQ(RAISE(CHAR(250))) : "|" : SEQ(RAISE(CHAR(248)))
CRT "done"
