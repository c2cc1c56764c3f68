* LOCATE() with a semicolon straight after the dynamic array is rejected
A = "a":@FM:"b"
X = LOCATE("b", A; "AL")
