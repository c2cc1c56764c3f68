* FIND and FINDSTR: case matters, numbers match as strings, occurrence 0 and negative
R = "10":@FM:"010":@FM:"Ten":@FM:"ten"
FIND 10 IN R SETTING F THEN PRINT "10 at ":F
FIND "010" IN R SETTING F THEN PRINT "010 at ":F
FIND "TEN" IN R SETTING F ELSE PRINT "TEN not found (case)"
FINDSTR "en" IN R, 2 SETTING F THEN PRINT "2nd en at ":F
FINDSTR "en" IN R, 0 SETTING F THEN PRINT "occurrence 0 at ":F ELSE PRINT "occurrence 0 fails"
FINDSTR "en" IN R, -1 SETTING F THEN PRINT "occurrence -1 at ":F ELSE PRINT "occurrence -1 fails"
PRINT "done"
