* DCOUNT with a leading delimiter, marks as delimiters and numbers
CRT DCOUNT(",a", ",") : "|" : DCOUNT("a,", ",") : "|" : DCOUNT(",", ",") : "|" : DCOUNT(",,", ",")
CRT DCOUNT("a":@VM:"b":@FM:"c", @FM) : "|" : DCOUNT("a":@SM:"b", @VM) : "|" : DCOUNT(12321, 2) : "|" : DCOUNT(0, 0)
CRT "done"
