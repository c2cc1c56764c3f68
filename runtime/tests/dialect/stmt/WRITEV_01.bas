* WRITEV updates one field; beyond the end pads; field 0 replaces the record?; WRITEVU keeps the lock
EXECUTE "CREATE.FILE WV" CAPTURING JUNK
OPEN "WV" TO F ELSE STOP
WRITE "a":@FM:"b" ON F, "R"
WRITEV "B2" ON F, "R", 2
WRITEV "e" ON F, "R", 5
READ X FROM F, "R" THEN PRINT CONVERT(@FM, "^", X)
WRITEV "new" ON F, "NEWREC", 3
READ X FROM F, "NEWREC" THEN PRINT "new record: ":CONVERT(@FM, "^", X)
WRITEV "last" ON F, "R", -1
READ X FROM F, "R" THEN PRINT "append -1: ":CONVERT(@FM, "^", X)
READVU V FROM F, "R", 1 ELSE NULL
WRITEVU "A" ON F, "R", 1
PRINT "after WRITEVU lock: ":RECORDLOCKED(F, "R")
RELEASE
PRINT "done"
