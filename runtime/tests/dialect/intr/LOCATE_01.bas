* LOCATE() needs at least three arguments
A = "a":@FM:"b"
X = LOCATE("b", A)
