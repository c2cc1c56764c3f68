* extractions straight after one another (X<2><1>: the lexer's "><" closes one and opens the
* next), "X<1>=5" (">=" closes it), an extraction after a substring or on a literal
X = 5:@FM:7
IF X<1>=5 THEN PRINT "C1:eq" ELSE PRINT "C1:ne"
IF 1 >< 2 THEN PRINT "C2:ne" ELSE PRINT "C2:eq"
PRINT "C3:":X<2><1>:"|":UPCASE("a":@VM:"b")<1><1, 2>:"|":"abc"[1,2]<1>:"|":1.25<3><2>:"|":"abcabc":1.25<1><1>
Y = "abc"
Y<1>=8
PRINT "C4:":Y:"|":X<1>#5:"|":X[1]<1>
PRINT "done"
END
