* READNEXT from the default list and numbered lists; @SELECTED; exhausted list
SELECT "k1":@FM:"k2":@FM:"k3"
PRINT "selected: ":@SELECTED
LOOP
   READNEXT ID ELSE EXIT
   PRINT ID:
REPEAT
PRINT
READNEXT ID ELSE PRINT "exhausted, ID still ":ID
SELECT "z1":@FM:"z2" TO 9
READNEXT ID FROM 9 THEN PRINT "from 9: ":ID
READNEXT ID FROM 8 ELSE PRINT "list 8 not active"
PRINT "done"
