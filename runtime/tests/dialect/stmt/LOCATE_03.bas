* LOCATE function-style syntax: LOCATE(x, arr, f; pos) and LOCATE(x, arr, f, v; pos; "AL")
R = "k1":@VM:"k2":@VM:"k3":@FM:"s1":@SM:"s2"
LOCATE("k2", R, 1; P) THEN PRINT "k2 at ":P
LOCATE("k9", R, 1; P) ELSE PRINT "k9 would be ":P
LOCATE("s2", R, 2, 1; P) THEN PRINT "s2 subvalue ":P
L = "b":@VM:"d"
LOCATE("c", L, 1; P; "AL") ELSE PRINT "c sorted at ":P
F = "x":@FM:"y":@FM:"z"
LOCATE("z", F; P) THEN PRINT "z field ":P
PRINT "done"
