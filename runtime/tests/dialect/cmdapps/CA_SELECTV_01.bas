* Select lists held in variables: SELECT file TO var, SELECTV, READNEXT FROM var,
* SELECT of a dynamic array, FORMLIST, SSELECT from BASIC, SELECTINFO-free checks
EXECUTE "CREATE.FILE TASKS" CAPTURING JUNK
OPEN "TASKS" TO TF ELSE STOP
IDS = "T3":@FM:"T1":@FM:"T10":@FM:"T2"
FOR I = 1 TO 4
   WRITE "task ":IDS<I>:@FM:I * 10 ON TF, IDS<I>
NEXT I
SSELECT TF TO 1
N = 0 ; GOT = ""
LOOP
   READNEXT ID FROM 1 ELSE EXIT
   GOT := ID:" "
REPEAT
PRINT "sselect to 1: ":GOT
SELECTV TF TO LV
N = 0
LOOP
   READNEXT ID FROM LV ELSE EXIT
   N += 1
REPEAT
PRINT "selectv count: ":N
* a list made from a dynamic array
WORK = "b":@FM:"a":@FM:"c"
SELECT WORK TO 2
READNEXT X FROM 2 THEN PRINT "first of array list: ":X
READLIST REST FROM 2 THEN PRINT "rest: ":CONVERT(@FM, ",", REST)
FORMLIST "x":@FM:"y" TO 3
READNEXT X FROM 3 THEN PRINT "formlist: ":X
CLEARSELECT 3
READNEXT X FROM 3 THEN PRINT "still: ":X ELSE PRINT "cleared 3"
* default list from BASIC SELECT, then EXECUTE sees it
SELECT TF
PRINT "basic select: ":@SELECTED
EXECUTE "SSELECT TASKS" CAPTURING OUT
PRINT "sselect of the active list: ":OUT<1>
READNEXT ID THEN PRINT "first sorted: ":ID
CLEARSELECT
* empty list
EXECUTE "SELECT TASKS WITH @ID = 'NONE'" CAPTURING OUT
READNEXT ID THEN PRINT "unexpected" ELSE PRINT "empty list takes ELSE"
SELECT "" TO 4
READNEXT ID FROM 4 THEN PRINT "unexpected" ELSE PRINT "empty array list takes ELSE"
* modifying records while walking a list
SSELECT TF
LOOP
   READNEXT ID ELSE EXIT
   READU R FROM TF, ID THEN
      R<2> += 1
      WRITE R ON TF, ID
   END
REPEAT
READV V FROM TF, "T10", 2 THEN PRINT "T10 now ":V
PRINT "done"
