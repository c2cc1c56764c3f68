* STOPE in a called subroutine stops the program
CALL ST.STOPESUB("s")
PRINT "back"
