* LOCK / UNLOCK numbered task locks; LOCK ... ELSE when already held by us
LOCK 5
PRINT "locked 5"
LOCK 5 THEN PRINT "re-lock 5 ok" ELSE PRINT "5 busy"
LOCK 6 THEN PRINT "locked 6" ELSE PRINT "6 busy"
UNLOCK 5
UNLOCK 6

PRINT "unlocked all"
PRINT "done"
