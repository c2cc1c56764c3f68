* DELETESEQ that cannot delete: ELSE with STATUS() 3003 (no such file), 3013 (a directory), 3000 (a bad record id)
EXECUTE "CREATE.FILE DSQ DIRECTORY" CAPTURING JUNK
DELETESEQ "nothere.txt" THEN PRINT "deleted" ELSE PRINT "missing: ":STATUS()
DELETESEQ "DSQ" THEN PRINT "deleted" ELSE PRINT "directory: ":STATUS()
DELETESEQ "DSQ", "nothere" THEN PRINT "deleted" ELSE PRINT "missing record: ":STATUS()
DELETESEQ "DSQ", "" THEN PRINT "deleted" ELSE PRINT "empty id: ":STATUS()
DELETESEQ "", "x" THEN PRINT "deleted" ELSE PRINT "no file name: ":STATUS()
DELETESEQ "NOFILE", "x" THEN PRINT "deleted" ELSE PRINT "no such file: ":STATUS()
OPENSEQ "DSQ", "r1" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
CLOSESEQ S
DELETESEQ "DSQ", "r1" THEN PRINT "record deleted ":STATUS() ELSE PRINT "else ":STATUS()
PRINT "done"
