* SUPPORT: ST.COMVIEW
* Named COMMON shared with a subroutine; COM is the same statement
COM /SETTINGS/ COMPANY, YEAR
COMPANY = "Widgets Ltd"
YEAR = 1999
ARG = "plain"
CALL ST.COMVIEW(ARG)
PRINT "arg now: ":ARG
PRINT "done"
