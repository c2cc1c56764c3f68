* A variable used before it is put in COMMON
A = 1
COMMON A
PRINT "done"
END
