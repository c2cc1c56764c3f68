* INSERT() and REPLACE(): the semicolon after the field, value or subvalue position, and the five-argument form
A = "a":@FM:"b":@VM:"c"
CRT INSERT(A, 2; "X")
CRT INSERT(A, 2, 1; "X")
CRT INSERT(A, 2, 2, 1; "X")
CRT INSERT(A, 2, 0, 0, "X")
CRT INSERT(A, -1; "X")
CRT REPLACE(A, 2; "X")
CRT REPLACE(A, 2, 2; "X")
CRT REPLACE(A, 3, 1, 1; "X")
CRT REPLACE(A, 1, 1, 1, "X")
CRT REPLACE("", 2; "X") : "|" : INSERT("", 1; "X")
CRT "done"
