* SUBSTITUTE finds elements as LISTINDEX does: an element holding the delimiter matches by its first part
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a,b":@VM:"c", "a,c", "X,Z", ","))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a":@VM:"", "a":@VM:"", "1":@VM:"2"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a":@VM, "", "E"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("b", "a,b", "1", ","))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("a", "a", "b", ""))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("ab":@SM:"a", "a", "Q"))
CRT CONVERT(@FM:@VM:@SM, "^]\", SUBSTITUTE("x;y", "x;y:z", "1:2", ":"))
CRT LISTINDEX("a,c", ",", "a,b") : LISTINDEX("a,c", ",", "c") : LISTINDEX("a,c", "", "a") : LISTINDEX("ab,c", ",", "a") : LISTINDEX("", ",", "") : LISTINDEX("a,", ",", "")
CRT LISTINDEX("a;b", ";,", "b") : LISTINDEX("a,,b", ",", "") : LISTINDEX("a", ",", "a,") : LISTINDEX("a,b", ",", "a,b,c")
CRT "done"
