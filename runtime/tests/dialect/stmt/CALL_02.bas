* SUPPORT: ST.COMVIEW
* A COMMON variable passed as a CALL argument: the callee sees it assigned
COMMON /SETTINGS/ COMPANY, YEAR
COMPANY = "ACME"
YEAR = 2024
CALL ST.COMVIEW(COMPANY)
PRINT "after call: ":COMPANY
CALL ST.COMVIEW(YEAR)
PRINT "after call: ":YEAR
PRINT "done"
