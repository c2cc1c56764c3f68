* leading and trailing blanks in arithmetic (NUM() says 0 for both)
CRT " 12" + 1
X = "12 "
CRT X + 1 : "|" : NUM(X) : "|" : (" 5 " * 2)
CRT "done"
