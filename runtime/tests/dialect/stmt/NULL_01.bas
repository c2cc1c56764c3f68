* NULL does nothing: in THEN/ELSE and on its own
X = 1
IF X THEN NULL ELSE PRINT "no"
NULL
PRINT "done"
