* RANDOMIZE with a seed makes RND repeatable within ScarletDME; values stay in range
RANDOMIZE 42
A = RND(1000) ; B = RND(1000)
RANDOMIZE 42
C = RND(1000) ; D = RND(1000)
PRINT "repeatable: ":(A = C AND B = D)
OK = 1
FOR I = 1 TO 200
   R = RND(6)
   IF R < 0 OR R > 5 OR R # INT(R) THEN OK = 0
NEXT I
PRINT "in range: ":OK
RANDOMIZE
PRINT "done"
