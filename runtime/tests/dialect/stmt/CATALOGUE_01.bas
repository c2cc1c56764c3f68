* SUPPORT: ST.CATSELF
* $CATALOGUE in a subroutine makes BASIC catalogue it under the given name
EXECUTE "BASIC BP ST.CATSELF" CAPTURING OUT
PRINT "compiled: ":(INDEX(OUT, "no errors", 1) > 0)
CALL ST.SELFCAT("x")
PRINT "catalogued: ":CATALOGUED("ST.SELFCAT")
PRINT "done"
