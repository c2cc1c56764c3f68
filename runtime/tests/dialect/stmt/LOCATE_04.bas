* LOCATE with a start position (UniVerse-style LOCATE x IN arr<f,start>), numbers compared as strings
V = "1":@VM:"01":@VM:"1.0":@VM:"x":@VM:"1"
LOCATE "1" IN V<1,2> SETTING P THEN PRINT "1 from 2: ":P
LOCATE 1 IN V<1> SETTING P THEN PRINT "numeric 1: ":P
LOCATE "1.0" IN V<1> SETTING P THEN PRINT "1.0 at ":P
LOCATE "01" IN V<1> SETTING P THEN PRINT "01 at ":P
PRINT "done"
