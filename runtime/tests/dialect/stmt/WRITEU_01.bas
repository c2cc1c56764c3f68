* WRITEU keeps the update lock; WRITEU without a lock takes none; WRITE releases
EXECUTE "CREATE.FILE WU" CAPTURING JUNK
OPEN "WU" TO F ELSE STOP
WRITEU 1 ON F, "C"
PRINT "WRITEU without lock: ":RECORDLOCKED(F, "C")
READU R FROM F, "C" THEN PRINT "read ":R:" status ":STATUS()
WRITEU R + 1 ON F, "C"
PRINT "after WRITEU: ":RECORDLOCKED(F, "C")
READ R FROM F, "C" THEN PRINT "now ":R
READL R FROM F, "C" ELSE NULL
WRITEU R + 1 ON F, "C"
PRINT "WRITEU under a shared lock: ":RECORDLOCKED(F, "C")
WRITE R + 2 ON F, "C"
PRINT "after WRITE: ":RECORDLOCKED(F, "C")
READU R FROM F, "NEW" ELSE PRINT "missing, status ":STATUS():" lock ":RECORDLOCKED(F, "NEW")
WRITEU "made" ON F, "NEW"
PRINT "created under lock: ":RECORDLOCKED(F, "NEW")
RELEASE F, "NEW"
PRINT "done"
