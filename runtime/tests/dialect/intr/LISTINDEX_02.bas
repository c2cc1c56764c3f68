* LISTINDEX with a multi-character delimiter and marks in the list
CRT LISTINDEX("a::b::c", "::", "b") : "|" : LISTINDEX("a:b", "", "b") : "|" : LISTINDEX("a,b", ",", "")
CRT LISTINDEX("a":@VM:"b", @VM, "b") : "|" : LISTINDEX("10,2", ",", 2) : "|" : LISTINDEX("x", ",", "x")
CRT "done"
