* LISTINDEX(list, delimiter, item)
CRT LISTINDEX("a,b,c", ",", "b") : "|" : LISTINDEX("a,b,c", ",", "d") : "|" : LISTINDEX("a,b,c", ",", "a")
CRT LISTINDEX("", ",", "") : "|" : LISTINDEX("a,,c", ",", "") : "|" : LISTINDEX("A,B", ",", "a")
CRT LISTINDEX("a":@FM:"b", @FM, "b") : "|" : LISTINDEX("x y z", " ", "z") : "|" : LISTINDEX("ab,b", ",", "b")
CRT "done"
