* PRINTERR prints an error message on the display
PRINTERR "Record not found"
PRINT "done"
