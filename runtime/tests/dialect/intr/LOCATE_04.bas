* LOCATE() function: six comma-separated arguments, ';' after the value or subvalue position, start positions
A = "a":@FM:"c":@VM:"e":@VM:"g":@FM:"z"
CRT LOCATE("e", A, 2, 1, 0, "AL") : "|" : LOCATE("d", A, 2, 1, 0, "AL") : "|" : LOCATE("e", A, 2, 2; "AL") : "|" : LOCATE("c", A, 2, 2; "AL")
CRT LOCATE("z", A, 0) : "|" : LOCATE("z", A, -1) : "|" : LOCATE("a", A, 2) : "|" : LOCATE("g", A, 2, 0; "AL") : "|" : LOCATE("z", A, 2, 0, 0; "AL")
N = "1":@VM:"5":@VM:"10":@VM:"50"
CRT LOCATE(10, N, 1, 1; "AR") : "|" : LOCATE(7, N, 1, 1; "AR") : "|" : LOCATE("10", N, 1, 1; "AL") : "|" : LOCATE(50, N, 1, 1)
S = "x":@SM:"y":@VM:"q"
CRT LOCATE("y", S, 1, 1, 1) : "|" : LOCATE("y", S, 1, 1, 2) : "|" : LOCATE("q", S, 1, 2, 1) : "|" : LOCATE("q", S, 1, 1)
CRT LOCATE("E", A, 2, 1; "AL") : "|" : LOCATE("", "", 1; "AL") : "|" : LOCATE("", A, 1, 1)
O = "AL"
CRT LOCATE("g", A, 2, 1; O) : "|" : LOCATE("g", A, 2, 1; "") : "|" : LOCATE("g", A, 2, 1; "XX")
CRT "done"
