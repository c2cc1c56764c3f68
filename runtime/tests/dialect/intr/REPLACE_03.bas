* REPLACE(A, 2, 1, "X") is rejected: four comma-separated arguments need a semicolon before the new value
A = "a":@FM:"b"
X = REPLACE(A, 2, 1, "X")
