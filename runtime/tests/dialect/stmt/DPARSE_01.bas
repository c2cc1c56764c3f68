* DPARSE splits a delimited string into variables and fields
DPARSE "John,Smith,42,London", ",", FIRST, LAST, AGE, CITY
PRINT LAST:"/":FIRST:"/":AGE:"/":CITY
DPARSE "a|b", "|", X, Y, Z
PRINT "missing part: [":Z:"]"
R = ""
DPARSE "1 2 3", " ", R<1>, R<2>, R<3>
PRINT CONVERT(@FM, "^", R)
DPARSE "x::y", ":", P, Q, S
PRINT "[":P:"][":Q:"][":S:"]"
PRINT "done"
