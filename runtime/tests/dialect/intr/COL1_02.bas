* COL1/COL2 before any FIELD, and after FIELD with multi-char delimiter
CRT COL1() : "|" : COL2()
X = FIELD("a::b::c", "::", 2)
CRT X : "|" : COL1() : "|" : COL2()
X = FIELD("a,b", ",", 0)
CRT "[" : X : "]|" : COL1() : "|" : COL2()
CRT "done"
