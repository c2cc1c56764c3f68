* EQUATE a name to a matrix element and to a character number
DIM T(3)
EQUATE FIRST.T TO T(1)
EQUATE BELL TO CHAR(7)
EQU SEP TO CHAR(124)
FIRST.T = "head"
PRINT T(1):SEP:LEN(BELL):SEP:SEQ(BELL)
PRINT "done"
