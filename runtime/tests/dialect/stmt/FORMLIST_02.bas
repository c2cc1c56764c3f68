* FORMLIST: item marks split too, empty items are kept, @SELECTED, value marks (READNEXT gives the id before the first one), READLIST
FORMLIST "a":@IM:"b":@FM:"":@FM:"c"
PRINT "selected: ":@SELECTED
LOOP
   READNEXT ID ELSE EXIT
   PRINT "[":ID:"]":
REPEAT
PRINT
FORMLIST "k1":@VM:"2":@FM:"k2":@VM:"x" TO 3
READNEXT ID, V FROM 3 THEN PRINT ID:" value ":V
READNEXT ID, V FROM 3 THEN PRINT ID:" value ":V
FORMLIST 12345 TO 4
READLIST L FROM 4 THEN PRINT "readlist: ":L
FORMLIST "p":@FM:"q"
READNEXT ID ELSE NULL
FORMLIST "r":@FM:"s"
READNEXT ID THEN PRINT "new list starts again: ":ID
PRINT "done"
