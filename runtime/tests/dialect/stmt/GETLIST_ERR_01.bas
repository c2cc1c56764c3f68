* GETLIST takes no SETTING clause (ScarletDME: THEN or ELSE expected there)
GETLIST "L1" SETTING N THEN PRINT N
PRINT "done"
