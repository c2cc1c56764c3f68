* CLEARSELECT of the default list, a numbered list, ALL
L = "a":@FM:"b":@FM:"c"
SELECT L
SELECT L TO 2
SELECT "x":@FM:"y" TO 3
CLEARSELECT
READNEXT ID ELSE ID = "(none)"
PRINT "list 0 after clear: ":ID
READNEXT ID FROM 2 ELSE ID = "(none)"
PRINT "list 2 still active: ":ID
CLEARSELECT 2
READNEXT ID FROM 2 ELSE ID = "(none)"
PRINT "list 2 after clear: ":ID
CLEARSELECT ALL
READNEXT ID FROM 3 ELSE ID = "(none)"
PRINT "list 3 after clear all: ":ID
PRINT "done"
