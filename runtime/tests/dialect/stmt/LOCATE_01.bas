* LOCATE x IN arr<f> searches FIELDS from field f; arr<f,v> searches values of field f from value v
R = "red":@FM:"green":@FM:"blue"
LOCATE "green" IN R<1> SETTING P THEN PRINT "green is field ":P ELSE PRINT "no"
LOCATE "pink" IN R<1> SETTING P ELSE PRINT "pink not found, P=":P
LOCATE "red" IN R<2> SETTING P ELSE PRINT "red before start field 2, P=":P
LOCATE "" IN R<1> SETTING P ELSE PRINT "empty not found, P=":P
V = "a":@VM:"b":@VM:"c":@FM:"x":@VM:"y"
LOCATE "y" IN V<2,1> SETTING P THEN PRINT "y is value ":P:" of field 2"
LOCATE "c" IN V<2,1> SETTING P ELSE PRINT "c not in field 2, P=":P
LOCATE "b" IN V<1,1,1> SETTING P THEN PRINT "b subvalue? ":P ELSE PRINT "b not a subvalue of 1,1, P=":P
E = ""
LOCATE "red" IN E<1> SETTING P ELSE PRINT "in empty: P=":P
LOCATE "c" IN V<1,2> SETTING P THEN PRINT "c from value 2: ":P
PRINT "done"
