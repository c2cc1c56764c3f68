* UNLOCK takes THEN and ELSE clauses, but no ON ERROR (an ON statement then,
* its expression `ERROR PRINT "oe"` formatted) and no LOCKED
UNLOCK 1 THEN PRINT "t"
UNLOCK 2 ELSE PRINT "e"
UNLOCK 3 ON ERROR PRINT "oe"
UNLOCK 4 LOCKED PRINT "l"
LOCK 5 ELSE PRINT "e"
END
