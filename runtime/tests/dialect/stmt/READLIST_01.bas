* READLIST takes the rest of a select list as a dynamic array
SELECT "a":@FM:"b":@FM:"c":@FM:"d"
READNEXT FIRST ELSE NULL
READLIST REST THEN PRINT "first ":FIRST:", rest ":CONVERT(@FM, ",", REST)
READLIST AGAIN ELSE PRINT "list exhausted, status ":STATUS()
SELECT "x":@FM:"y" TO 7
READLIST L FROM 7 THEN PRINT "from 7: ":CONVERT(@FM, ",", L)
PRINT "done"
