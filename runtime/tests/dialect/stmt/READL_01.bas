* READL takes a shared lock, READU an update lock; RELEASE; RECORDLOCKED
EXECUTE "CREATE.FILE ACC" CAPTURING JUNK
OPEN "ACC" TO F ELSE STOP "no"
WRITE 100 ON F, "A1"
READL R FROM F, "A1" THEN PRINT "readl: ":R:" lock ":RECORDLOCKED(F, "A1")
READU R FROM F, "A1" THEN PRINT "readu: ":R:" lock ":RECORDLOCKED(F, "A1")
WRITE R + 1 ON F, "A1"
PRINT "after write: lock ":RECORDLOCKED(F, "A1")
READU R FROM F, "A1" LOCKED PRINT "locked?" THEN PRINT "readu again: ":R
RELEASE F, "A1"
PRINT "after release: ":RECORDLOCKED(F, "A1")
READU R FROM F, "NEW" ELSE PRINT "missing, still locked: ":RECORDLOCKED(F, "NEW")
RELEASE F
PRINT "after release all of file: ":RECORDLOCKED(F, "NEW")
PRINT "done"
