* READVU: a field of a record, locked for update; field 0 tests existence; a missing record
* takes ELSE (and keeps the lock); STATUS() and RECORDLOCKED() afterwards
EXECUTE "CREATE.FILE RVU.F DYNAMIC" CAPTURING JUNK
OPEN "RVU.F" TO F ELSE STOP "no file"
WRITE "a":@FM:"b":@VM:"c" TO F, "R1"
READVU X FROM F, "R1", 2 THEN PRINT "1 then [":CONVERT(@VM, "]", X):"] ":STATUS() ELSE PRINT "1 else"
PRINT "locked ":RECORDLOCKED(F, "R1")
READVU X FROM F, "R1", 5 THEN PRINT "2 then [":X:"]" ELSE PRINT "2 else"
READVU X FROM F, "R1", 0 THEN PRINT "3 then [":X:"]" ELSE PRINT "3 else"
READVU X FROM F, "NONE", 1 THEN PRINT "4 then" ELSE PRINT "4 else [":X:"] ":STATUS()
PRINT "locked none ":RECORDLOCKED(F, "NONE")
READVU X FROM F, "NONE", 0 LOCKED PRINT "locked" THEN PRINT "5 then" ELSE PRINT "5 else [":X:"]"
RELEASE F, "R1"
PRINT "after release ":RECORDLOCKED(F, "R1")
RELEASE
PRINT "done"
