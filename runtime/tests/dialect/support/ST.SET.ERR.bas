* assigns to a property of ST.SET.CLS that has a GET but no SET (used by SET_02)
OBJ = OBJECT("ST.SET.CLS")
PRINT "before"
OBJ->COUNT = 5
PRINT "not reached"
