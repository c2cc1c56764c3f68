* DPARSE edge cases: empty string, fewer targets, two-character and empty delimiters, marks, matrix elements and field targets, numbers
DPARSE "", ",", A, B
PRINT "empty: [":A:"][":B:"] status ":STATUS()
DPARSE "a,b,c,d", ",", A, B
PRINT "fewer targets: [":A:"][":B:"]"
DPARSE "a::b::c", "::", A, B, C
PRINT "two-char delim: [":A:"][":B:"][":C:"]"
DPARSE "a,b", "", A, B
PRINT "empty delim: [":A:"][":B:"]"
DPARSE "a":@FM:"b,c", ",", A, B
PRINT "marks: [":CONVERT(@FM,"^",A):"][":B:"]"
DIM M(3)
DPARSE "x,y,z", ",", M(1), M(3), M(2)
PRINT "matrix: ":M(1):M(2):M(3)
R = "old"
DPARSE "1,2", ",", R<2,1>, R<3>
PRINT "fields: ":CONVERT(@FM:@VM,"^]",R)
N = 12345
DPARSE N, 3, P, Q
PRINT "numbers: [":P:"][":Q:"]"
PRINT "done"
