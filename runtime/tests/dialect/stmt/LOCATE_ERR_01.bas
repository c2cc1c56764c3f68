* LOCATE x IN arr with no field reference, and LOCATE in a literal
R = "a":@FM:"b"
LOCATE "b" IN R SETTING P THEN PRINT P
LOCATE "b" IN "a":@FM:"b" SETTING P THEN PRINT P
PRINT "done"
END
