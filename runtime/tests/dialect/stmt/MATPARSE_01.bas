* MATPARSE splits a string into a matrix; excess goes to element 0; USING keyword
DIM P(3)
MATPARSE P FROM "x,y", ","
PRINT "[":P(1):"][":P(2):"][":P(3):"] inmat=":INMAT()
MATPARSE P FROM "1:2:3:4:5" USING ":"
PRINT P(1):P(2):P(3):" zero=":P(0):" inmat=":INMAT()
MATPARSE P FROM "a":@FM:"b", @FM
PRINT P(1):"/":P(2)
PRINT "done"
