* LOCATE in fields, values, subvalues with a start position; field/value numbers past the end
R = "a":@FM:"b":@VM:"c":@VM:"d":@FM:"e":@SM:"f":@SM:"g"
LOCATE "d" IN R<2> SETTING P THEN PRINT "d value ":P
LOCATE "b" IN R<2,2> SETTING P THEN PRINT "b from 2: ":P ELSE PRINT "b not from 2: ":P
LOCATE "g" IN R<3,1> SETTING P THEN PRINT "g subvalue ":P
LOCATE "e" IN R<3,1,2> SETTING P THEN PRINT "e from sv 2" ELSE PRINT "e not from sv 2: ":P
LOCATE "x" IN R<9> SETTING P ELSE PRINT "field 9: ":P
LOCATE "x" IN R<2,9> SETTING P ELSE PRINT "value 9: ":P
LOCATE("c", R, 2; P) THEN PRINT "function form ":P
LOCATE("f", R, 3, 1; P) THEN PRINT "function subvalue ":P
LOCATE "" IN R<2> SETTING P ELSE PRINT "empty key: ":P
X = "1":@VM:"01":@VM:"1.0"
LOCATE "1.0" IN X<1> SETTING P THEN PRINT "1.0 at ":P
LOCATE 1 IN X<1> SETTING P THEN PRINT "number 1 at ":P
LOCATE "01" IN X<1> BY "AR" SETTING P THEN PRINT "01 AR at ":P ELSE PRINT "01 AR not: ":P
PRINT "done"
