* DIM without dimensions and with a non-numeric constant
DIM A
DIM B("x")
PRINT "done"
END
