* STOPE prints a Pick-style message from the ERRMSG file
STOPE 202, "ORDER.99"
PRINT "not reached"
