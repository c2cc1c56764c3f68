* FIND locates a whole element; FINDSTR a substring; occurrence argument; SETTING f, v, s
R = "apple":@FM:"pear":@VM:"plum":@VM:"pear":@FM:"fig":@SM:"pear tree"
FIND "pear" IN R SETTING F, V, S THEN PRINT "pear at ":F:",":V:",":S ELSE PRINT "no pear"
FIND "pear" IN R, 2 SETTING F, V, S THEN PRINT "2nd pear at ":F:",":V:",":S
FIND "pear" IN R, 3 SETTING F, V, S ELSE PRINT "no 3rd exact pear"
FIND "pea" IN R SETTING F ELSE PRINT "partial does not FIND"
FINDSTR "pea" IN R SETTING F, V THEN PRINT "findstr pea: ":F:",":V
FINDSTR "tree" IN R SETTING F, V, S THEN PRINT "findstr tree: ":F:",":V:",":S
FIND "" IN R SETTING F ELSE PRINT "empty not found"
FIND "apple" IN "" SETTING F ELSE PRINT "nothing in empty"
FIND "fig" IN R SETTING FLD THEN PRINT "field only: ":FLD
PRINT "done"
