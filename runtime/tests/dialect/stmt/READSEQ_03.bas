* READSEQ/READBLK/SEEK before the new file exists (3015), from a file opened with OPEN (3013)
EXECUTE "CREATE.FILE DF DIRECTORY" CAPTURING JUNK
OPENSEQ "DF", "new" TO S THEN PRINT "exists?" ELSE PRINT "new: ":STATUS()
READSEQ L FROM S THEN PRINT "read new?" ELSE PRINT "readseq new: ":STATUS():" [":L:"]"
READBLK L FROM S, 5 THEN PRINT "readblk new?" ELSE PRINT "readblk new: ":STATUS()
READBLK L FROM S, 0 THEN PRINT "readblk 0 new: [":L:"] ":STATUS() ELSE PRINT "readblk 0 else: ":STATUS()
SEEK S, 0 THEN PRINT "seek new?" ELSE PRINT "seek new: ":STATUS()
WRITESEQ "a":@FM:"b":@VM:"c" TO S ELSE NULL
WRITESEQ "" TO S ELSE NULL
SEEK S, 0 ELSE PRINT "seek failed"
READSEQ L FROM S THEN PRINT "line 1: ":OCONV(L, "MCP"):" status ":STATUS()
READSEQ L FROM S THEN PRINT "line 2: [":L:"] status ":STATUS()
READSEQ L FROM S ELSE PRINT "eof: [":L:"] status ":STATUS()
CLOSESEQ S
OPEN "DF" TO F ELSE STOP
READSEQ L FROM F THEN PRINT "readseq dir file?" ELSE PRINT "readseq dir file: ":STATUS()
READBLK L FROM F, 3 THEN PRINT "readblk dir file?" ELSE PRINT "readblk dir file: ":STATUS()
WRITESEQ "x" TO F THEN PRINT "writeseq dir file?" ELSE PRINT "writeseq dir file: ":STATUS()
SEEK F, 0 THEN PRINT "seek dir file?" ELSE PRINT "seek dir file: ":STATUS()
PRINT "done"
