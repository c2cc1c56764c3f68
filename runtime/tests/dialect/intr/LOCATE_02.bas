* LOCATE(item, dyn, f [, v [, s]] [; order]) function form
A = "a":@FM:"b":@FM:"c":@VM:"d":@VM:"e"
CRT LOCATE("b", A, 1) : "|" : LOCATE("z", A, 1) : "|" : LOCATE("d", A, 3) : "|" : LOCATE("a", A, 3)
CRT LOCATE("", A, 1) : "|" : LOCATE("", "", 1) : "|" : LOCATE("c", A, 3) : "|" : LOCATE("e", A, 3, 1)
B = "b":@VM:"d":@VM:"f"
CRT LOCATE("d", B, 1; "AL") : "|" : LOCATE("c", B, 1; "AL") : "|" : LOCATE("g", B, 1; "AL") : "|" : LOCATE("a", B, 1; "AL")
C = "10":@VM:"9":@VM:"100"
CRT LOCATE("9", C, 1; "AR") : "|" : LOCATE("50", C, 1; "DR") : "|" : LOCATE("x", "", 1; "AL")
D = "x":@SM:"y":@SM:"z"
CRT LOCATE("y", D, 1, 1) : "|" : LOCATE("q", D, 1, 1) : "|" : LOCATE("z", D, 1, 1; "AL")
E = "b":@FM:"d":@FM:"f"
CRT LOCATE("d", E, 1; "AL") : "|" : LOCATE("c", E, 1; "AL") : "|" : LOCATE("g", E, 1; "AL") : "|" : LOCATE("d", E, 2; "AL")
G = "x":@FM:"b":@VM:"d":@VM:"f"
CRT LOCATE("d", G, 2, 1; "AL") : "|" : LOCATE("c", G, 2, 1; "AL") : "|" : LOCATE("f", G, 2, 2; "AL") : "|" : LOCATE("b", G, 2, 2)
CRT "done"
