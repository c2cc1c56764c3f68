* COL2 after FIELD with a count past the end
X = FIELD("a,b,c", ",", 2, 5)
CRT X : "|" : COL1() : "|" : COL2()
X = FIELD("a,b,c", ",", 4)
CRT "[" : X : "]|" : COL1() : "|" : COL2()
X = FIELD(",a", ",", 1)
CRT "[" : X : "]|" : COL1() : "|" : COL2()
CRT "done"
