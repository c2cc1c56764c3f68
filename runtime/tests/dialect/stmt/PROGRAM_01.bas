PROGRAM REPORT.STOCK
* PROGRAM statement names the program; it must come first
PRINT "running"
PRINT "done"
