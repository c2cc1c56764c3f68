* EQUATE name used as a label target and EQUATE of a reserved word
EQUATE IF TO 1
EQUATE X TO 5
GOTO X
PRINT "done"
END
