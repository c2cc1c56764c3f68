* OPENSEQ failures and their STATUS() codes: bad names, unknown file, empty id, a directory
OPENSEQ "" TO S THEN PRINT "empty opened" ELSE PRINT "empty name: ":STATUS()
OPENSEQ "abc/" TO S THEN PRINT "slash opened" ELSE PRINT "trailing slash: ":STATUS()
OPENSEQ "NOFILE", "x" TO S THEN PRINT "nofile opened" ELSE PRINT "no such file: ":STATUS()
EXECUTE "CREATE.FILE DF DIRECTORY" CAPTURING JUNK
OPENSEQ "DF", "" TO S THEN PRINT "empty id opened" ELSE PRINT "empty id: ":STATUS()
OPENSEQ "DF", "rec1" TO S THEN PRINT "rec1 exists" ELSE PRINT "rec1 new: ":STATUS()
WRITESEQ "line" TO S THEN PRINT "written, status ":STATUS()
CLOSESEQ S
OPEN "DF" TO F ELSE STOP "no DF"
READ R FROM F, "rec1" THEN PRINT "record: ":R
OPENSEQ "DF", "rec1" TO S THEN PRINT "rec1 exists now, status ":STATUS()
CLOSESEQ S
OPENSEQ "DF" TO S THEN PRINT "dir opened?" ELSE PRINT "directory: ":STATUS()
PRINT "done"
