* UNLOCK n: THEN when this process held the task lock (STATUS 0), ELSE with 3012 when nobody did
LOCK 5 ELSE PRINT "lock 5 busy"
PRINT "after LOCK 5: ":STATUS()
UNLOCK 5 THEN PRINT "unlock 5: then" ELSE PRINT "unlock 5: else"
PRINT "status ":STATUS()
UNLOCK 5 THEN PRINT "again: then" ELSE PRINT "again: else ":STATUS()
UNLOCK 7
PRINT "never held: ":STATUS()
LOCK 0 THEN PRINT "lock 0"
LOCK 63 THEN PRINT "lock 63"
UNLOCK 0 ; UNLOCK 63
PRINT "0 and 63 released: ":STATUS()
LOCK "3" THEN PRINT "string number 3"
UNLOCK 3
LOCK 2.7 THEN PRINT "2.7 is lock 2"
UNLOCK 2 THEN PRINT "unlock 2 ok" ELSE PRINT "unlock 2: ":STATUS()
UNLOCK 3 THEN PRINT "unlock 3 ok" ELSE PRINT "unlock 3: ":STATUS()
PRINT "done"
