* READVL: a field of a record with a shared lock; RECORDLOCKED() shows it; a later READVU by
* the same process takes the update lock
EXECUTE "CREATE.FILE RVL.F DYNAMIC" CAPTURING JUNK
OPEN "RVL.F" TO F ELSE STOP "no file"
WRITE "a":@FM:"b" TO F, "R1"
READVL X FROM F, "R1", 1 THEN PRINT "1 then [":X:"]" ELSE PRINT "1 else"
PRINT "locked ":RECORDLOCKED(F, "R1")
READVU X FROM F, "R1", 2 THEN PRINT "2 then [":X:"]" ELSE PRINT "2 else"
PRINT "locked ":RECORDLOCKED(F, "R1")
READVL X FROM F, "R2", 1 ELSE PRINT "3 else [":X:"] ":STATUS()
PRINT "locked R2 ":RECORDLOCKED(F, "R2")
RELEASE
PRINT "released ":RECORDLOCKED(F, "R1"):" ":RECORDLOCKED(F, "R2")
PRINT "done"
