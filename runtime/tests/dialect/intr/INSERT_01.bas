* INSERT(dyn, f, new) is rejected: the new value needs 5 arguments or a semicolon
A = "a":@FM:"b"
X = INSERT(A, 2, "X")
