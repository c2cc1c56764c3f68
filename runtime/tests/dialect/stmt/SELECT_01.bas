* SELECT a file variable to the default and numbered lists; SSELECT sorted; @SELECTED
EXECUTE "CREATE.FILE PARTS" CAPTURING JUNK
OPEN "PARTS" TO F ELSE STOP
FOR I = 1 TO 12 ; WRITE "part ":I ON F, "P":I ; NEXT I
SELECT F
N = 0
LOOP
   READNEXT ID ELSE EXIT
   N += 1
REPEAT
PRINT "select: ":N:" ids"
SSELECT F TO 3
L = ""
LOOP
   READNEXT ID FROM 3 ELSE EXIT
   L := ID:" "
REPEAT
PRINT "sselect: ":L
PRINT "done"
