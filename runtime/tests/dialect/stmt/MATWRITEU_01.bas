* MATWRITEU writes a matrix and keeps the update lock (MATWRITE releases it)
EXECUTE "CREATE.FILE MWU.F DYNAMIC" CAPTURING JUNK
OPEN "MWU.F" TO F ELSE STOP "no file"
DIM M(3)
M(1) = "a" ; M(2) = "b" : @VM : "c" ; M(3) = ""
READU R FROM F, "K1" ELSE NULL
PRINT "before ":RECORDLOCKED(F, "K1")
MATWRITEU M TO F, "K1"
PRINT "after matwriteu ":RECORDLOCKED(F, "K1")
READ R FROM F, "K1" THEN CONVERT @FM:@VM TO "^]" IN R ; PRINT "[":R:"]"
MATWRITE M TO F, "K1"
PRINT "after matwrite ":RECORDLOCKED(F, "K1")
MATWRITEU M TO F, "K2"
PRINT "new ":RECORDLOCKED(F, "K2")
M(3) = "z"
MATWRITEU M ON F, "K2" ON ERROR PRINT "error"
READ R FROM F, "K2" THEN CONVERT @FM:@VM TO "^]" IN R ; PRINT "[":R:"]"
RELEASE
PRINT "done"
