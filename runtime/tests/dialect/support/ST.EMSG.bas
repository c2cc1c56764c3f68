* Shows ERRMSG 202 (run by ERRMSG_03 through EXECUTE ... CAPTURING)
ERRMSG 202, "inner"
PRINT "after"
