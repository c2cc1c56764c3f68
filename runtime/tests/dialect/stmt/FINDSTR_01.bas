* FINDSTR finds a substring in a dynamic array: field, value, subvalue positions; occurrence; not found
A = "apple":@FM:"banana":@VM:"cherry pie":@SM:"grape"
FINDSTR "an" IN A SETTING F, V, S THEN PRINT "an: ":F:",":V:",":S
FINDSTR "pie" IN A SETTING F, V, S THEN PRINT "pie: ":F:",":V:",":S
FINDSTR "ap" IN A, 2 SETTING F, V, S THEN PRINT "ap 2nd: ":F:",":V:",":S
FINDSTR "zz" IN A SETTING F ELSE PRINT "zz not found, f=":F
FINDSTR "" IN A SETTING F THEN PRINT "empty found at ":F ELSE PRINT "empty not found"
FINDSTR "gr" IN A SETTING F, V THEN PRINT "gr: ":F:",":V
PRINT "done"
