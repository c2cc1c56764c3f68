* ERRMSG prints a Pick-style message from the ERRMSG file
ERRMSG 202, "CUST*77"
PRINT "done"
