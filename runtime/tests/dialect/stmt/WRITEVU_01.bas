* WRITEVU replaces one field and keeps the lock; WRITEV releases it; READVU locks a missing record
EXECUTE "CREATE.FILE WVU" CAPTURING JUNK
OPEN "WVU" TO F ELSE STOP
WRITE "a":@FM:"b":@FM:"c" ON F, "R"
READVU V FROM F, "R", 2 THEN PRINT "field 2: ":V
WRITEVU "B" ON F, "R", 2
PRINT "lock after WRITEVU: ":RECORDLOCKED(F, "R")
WRITEV "C" ON F, "R", 3
PRINT "lock after WRITEV: ":RECORDLOCKED(F, "R")
READ X FROM F, "R" THEN PRINT CONVERT(@FM, "^", X)
READVU V FROM F, "NONE", 1 ELSE PRINT "missing: ":STATUS():" lock ":RECORDLOCKED(F, "NONE")
WRITEVU "x" ON F, "NONE", 2
READ X FROM F, "NONE" THEN PRINT "created: ":CONVERT(@FM, "^", X):" lock ":RECORDLOCKED(F, "NONE")
RELEASE
PRINT "done"
