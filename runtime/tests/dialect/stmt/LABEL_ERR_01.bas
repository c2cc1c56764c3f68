* A numeric label used twice, and GOTO a numeric label that does not exist
10 X = 1
10 Y = 2
GOTO 20
PRINT "done"
END
