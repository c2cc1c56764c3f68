* REMOVE element by element with the delimiter code; pointer reset by assignment
R = "a":@FM:"b":@VM:"c":@SM:"d":@FM:"":@FM:"e"
LOOP
   REMOVE X FROM R SETTING D
   PRINT "[":X:"] ":D
WHILE D DO REPEAT
R = "x":@FM:"y"
REMOVE X FROM R SETTING D
PRINT "after reset: ":X
R := @FM:"z"
REMOVE X FROM R SETTING D
PRINT "after append: ":X:" ":D
E = ""
REMOVE X FROM E SETTING D
PRINT "empty: [":X:"] ":D
PRINT "done"
