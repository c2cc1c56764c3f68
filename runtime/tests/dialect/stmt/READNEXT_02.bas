* READNEXT ... SETTING value position, with a multivalued exploded list (READNEXT id, val)
EXECUTE "CREATE.FILE ORD" CAPTURING JUNK
OPEN "ORD" TO F ELSE STOP "no"
WRITE "p1":@VM:"p2" ON F, "O1"
SELECT F
READNEXT ID THEN PRINT "id ":ID
L = "a":@VM:"b":@FM:"c"
SELECT L
N = 0
LOOP
   READNEXT ID ELSE EXIT
   N += 1
   PRINT N:"=[":CONVERT(@VM, "]", ID):"] ":
REPEAT
PRINT
PRINT "done"
