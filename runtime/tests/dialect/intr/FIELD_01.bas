* FIELD(string, delimiter, occurrence [, count])
S = "a,b,c,d"
CRT FIELD(S, ",", 1) : "|" : FIELD(S, ",", 4) : "|" : FIELD(S, ",", 5) : "|" : FIELD(S, ",", 2, 2)
CRT FIELD(S, ",", 3, 9) : "|" : FIELD(S, ",", 0) : "|" : FIELD(S, ",", -1) : "|" : FIELD(S, ",", 2, 0)
CRT FIELD(S, "", 1) : "|" : FIELD("", ",", 1) : "|" : FIELD(",,", ",", 2)
CRT FIELD("a.b.c", ".", 2) : "|" : FIELD(12345, 3, 1) : "|" : FIELD(12345, 3, 2)
CRT FIELD("a-b-c", "-", 2, -1)
CRT CONVERT(@FM:@VM:@SM, "^]\", FIELD("x":@FM:"y,z", ",", 1))
CRT "done"
