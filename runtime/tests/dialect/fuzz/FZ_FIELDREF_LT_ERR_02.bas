* difftest class D1: an extraction has at most three indices, each one
* expression, up to the closing > the scan found
W = "a":@FM:"b"
R = W<1,2,3,4>
R = W<1 2>
PRINT "done"
END
