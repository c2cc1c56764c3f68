* Assigning to an EQUATEd constant
EQUATE LIMIT TO 10
LIMIT = 20
PRINT LIMIT
PRINT "done"
END
