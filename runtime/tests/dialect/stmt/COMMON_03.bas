* SUPPORT: ST.COMBUMP
* COMMON variables passed as CALL arguments into a routine that also declares the COMMON
COMMON /TOTALS/ GRAND, COUNT
GRAND = 100
COUNT = 0
CALL ST.COMBUMP(GRAND, 5)
PRINT "grand=":GRAND:" count=":COUNT
CALL ST.COMBUMP(COUNT, 1)
PRINT "grand=":GRAND:" count=":COUNT
PRINT "done"
