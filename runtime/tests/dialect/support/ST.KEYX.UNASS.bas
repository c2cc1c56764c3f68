* KEYEXIT with an unassigned key operand (used by KEYEXIT_02)
KEYEXIT (1, 27), (2, NOKEY)
PRINT "not reached"
