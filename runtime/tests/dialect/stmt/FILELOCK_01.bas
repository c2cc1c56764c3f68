* FILELOCK / FILEUNLOCK on a file; STATUS afterwards; LOCKED clause
EXECUTE "CREATE.FILE ACCOUNTS" CAPTURING JUNK
OPEN "ACCOUNTS" TO F ELSE STOP "no"
FILELOCK F
PRINT "filelock status: ":STATUS()
FILELOCK F LOCKED PRINT "locked by someone" 
PRINT "second filelock status: ":STATUS()
WRITE "x" ON F, "A1"
PRINT "write under filelock ok"
FILEUNLOCK F
PRINT "fileunlock status: ":STATUS()
FILEUNLOCK F ON ERROR PRINT "unlock error ":STATUS()
PRINT "done"
