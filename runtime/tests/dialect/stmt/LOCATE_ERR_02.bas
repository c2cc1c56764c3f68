* LOCATE without SETTING
R = "a"
LOCATE "a" IN R<1> THEN PRINT "found"
PRINT "done"
END
