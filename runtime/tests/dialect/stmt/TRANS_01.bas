* SUPPORT: ST.CUSTDATA
* TRANS and XLATE: field by number, whole record, multivalued ids, missing record codes X and C
EXECUTE "BASIC BP ST.CUSTDATA" CAPTURING JUNK
EXECUTE "RUN BP ST.CUSTDATA" CAPTURING JUNK
PRINT TRANS("CUST", "C1", 1, "X")
PRINT "[":TRANS("CUST", "NOPE", 1, "X"):"]"
PRINT TRANS("CUST", "NOPE", 1, "C")
PRINT CONVERT(@FM:@VM, "^]", TRANS("CUST", "C3", -1, "X"))
PRINT CONVERT(@VM, "]", TRANS("CUST", "C1":@VM:"C2", 1, "X"))
PRINT XLATE("CUST", "C10", 2, "X")
PRINT TRANS("CUST", "C1", 0, "X")
PRINT "done"
