* DELETESEQ removes a sequential file; deleting a missing one takes ELSE
OPENSEQ "tmp.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
CLOSESEQ S
DELETESEQ "tmp.txt" THEN PRINT "deleted" ELSE PRINT "not deleted ":STATUS()
DELETESEQ "tmp.txt" THEN PRINT "deleted again?" ELSE PRINT "missing: else taken"
OPENSEQ "tmp.txt" TO S THEN PRINT "reopened?" ELSE PRINT "really gone"
EXECUTE "CREATE.FILE LOGS DIRECTORY" CAPTURING JUNK
OPENSEQ "LOGS", "day1" TO S ELSE NULL
WRITESEQ "entry" TO S ELSE NULL
CLOSESEQ S
DELETESEQ "LOGS", "day1" THEN PRINT "file,id form deleted" ELSE PRINT "failed"
PRINT "done"
