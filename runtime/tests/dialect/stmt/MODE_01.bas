* $MODE UV.LOCATE: LOCATE x IN arr<f> searches the values of field f (UniVerse style)
$MODE UV.LOCATE
R = "a":@VM:"b":@VM:"c":@FM:"x":@VM:"y"
LOCATE "b" IN R<1> SETTING P THEN PRINT "b is value ":P
LOCATE "y" IN R<2> SETTING P THEN PRINT "y is value ":P
LOCATE "x" IN R SETTING P THEN PRINT "x is field ":P ELSE PRINT "x not a field ":P
LOCATE "c" IN R<1>, 2 SETTING P THEN PRINT "c from start 2: ":P
L = "b":@VM:"d"
LOCATE "c" IN L<1> BY "AL" SETTING P ELSE PRINT "c sorted at ":P
PRINT "done"
