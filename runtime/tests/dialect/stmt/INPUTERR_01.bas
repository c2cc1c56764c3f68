* INPUTERR shows a message on the bottom line
INPUTERR "Invalid entry"
PRINT
PRINT "done"
