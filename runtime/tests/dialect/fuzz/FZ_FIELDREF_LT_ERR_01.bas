* difftest class D1: the scan for the closing > goes on past a ";", and
* the extraction's index then ends at the ";": not at its closing >
W = "a":@FM:"b"
R = W < 1 ; PRINT 7 > "x"
PRINT "done"
END
