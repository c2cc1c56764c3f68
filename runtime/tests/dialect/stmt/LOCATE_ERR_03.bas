* LOCATE x IN var SETTING p: the IN form needs a field reference
R = "a":@FM:"b"
LOCATE "a" IN R SETTING P THEN PRINT "a field ":P
PRINT "done"
