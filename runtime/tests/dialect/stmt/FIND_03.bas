* FIND and FINDSTR: occurrences, subvalues, numbers vs text, empty elements, not found leaves vars
R = "ab":@FM:"x":@VM:"abc":@VM:"ab":@SM:"ab":@FM:"":@FM:"1":@VM:"01"
FIND "ab" IN R SETTING F, V, S THEN PRINT "ab: ":F:" ":V:" ":S
FIND "ab" IN R, 2 SETTING F, V, S THEN PRINT "ab 2nd: ":F:" ":V:" ":S
FIND "ab" IN R, 3 SETTING F, V, S THEN PRINT "ab 3rd: ":F:" ":V:" ":S
F = "u" ; V = "u" ; S = "u"
FIND "ab" IN R, 4 SETTING F, V, S ELSE PRINT "ab 4th none: ":F:V:S
FIND "" IN R SETTING F, V, S THEN PRINT "empty: ":F:" ":V:" ":S ELSE PRINT "empty none"
FIND 1 IN R SETTING F, V THEN PRINT "1: ":F:" ":V
FIND "01" IN R SETTING F, V THEN PRINT "01: ":F:" ":V
FIND "b" IN R SETTING F ELSE PRINT "FIND is whole elements"
FINDSTR "b" IN R SETTING F, V, S THEN PRINT "findstr b: ":F:" ":V:" ":S
FINDSTR "b" IN R, 3 SETTING F, V, S THEN PRINT "findstr b 3rd: ":F:" ":V:" ":S
FINDSTR "" IN R SETTING F, V, S THEN PRINT "findstr empty: ":F:" ":V:" ":S
FINDSTR "0" IN R SETTING F THEN PRINT "findstr 0: ":F
FINDSTR "zz" IN R SETTING F ELSE PRINT "findstr none"
FINDSTR "AB" IN R SETTING F ELSE PRINT "case matters"
FIND "ab" IN "" SETTING F ELSE PRINT "empty array"
PRINT "done"
