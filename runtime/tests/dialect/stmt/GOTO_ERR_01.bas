* Duplicate label
GOTO A
A:
PRINT "first"
A:
PRINT "done"
END
