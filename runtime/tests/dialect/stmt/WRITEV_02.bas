* WRITEV field numbers 0 and below: field 0 replaces field 1 (the rest of the record
* stays), a negative field number appends a field, on an existing and a new record;
* READV of field 0 gives the id, of a negative field nothing.
EXECUTE "CREATE.FILE WV2" CAPTURING JUNK
OPEN "WV2" TO F ELSE STOP
WRITE "a":@FM:"b":@VM:"c":@FM:"d" ON F, "R"
WRITEV "zero" ON F, "R", 0
READ X FROM F, "R" THEN PRINT "field 0: ":CONVERT(@FM:@VM, "^]", X)
WRITEV "neg" ON F, "R", -1
READ X FROM F, "R" THEN PRINT "field -1: ":CONVERT(@FM:@VM, "^]", X)
WRITEV "neg5" ON F, "R", -5
READ X FROM F, "R" THEN PRINT "field -5: ":CONVERT(@FM:@VM, "^]", X)
WRITEV "z" ON F, "NEW0", 0
READ X FROM F, "NEW0" THEN PRINT "new via 0: [":CONVERT(@FM, "^", X):"]"
WRITEV "n" ON F, "NEWN", -1
READ X FROM F, "NEWN" THEN PRINT "new via -1: [":CONVERT(@FM, "^", X):"]"
READVU V FROM F, "R", 2 ELSE NULL
WRITEVU "top" ON F, "R", 0
READ X FROM F, "R" THEN PRINT "writevu 0: ":CONVERT(@FM:@VM, "^]", X):" lock ":RECORDLOCKED(F, "R")
RELEASE
READV V FROM F, "R", 0 THEN PRINT "readv 0: ":V
READV V FROM F, "R", -1 THEN PRINT "readv -1: [":V:"]" ELSE PRINT "readv -1 else"
PRINT "done"
