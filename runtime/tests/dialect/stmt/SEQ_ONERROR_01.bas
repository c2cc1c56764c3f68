* ON ERROR on sequential statements is taken only when the file cannot be created: a successful statement takes THEN, an ordinary failure ELSE
OPENSEQ "oe.txt" TO S ON ERROR PRINT "open on error" THEN PRINT "exists" ELSE PRINT "new file ":STATUS()
WRITESEQ "one" TO S ON ERROR PRINT "on error" THEN PRINT "written ":STATUS() ELSE PRINT "else"
WRITESEQF "two" TO S ON ERROR PRINT "on error" THEN PRINT "written f" ELSE PRINT "else"
WRITEBLK "three" TO S ON ERROR PRINT "on error" THEN PRINT "block written" ELSE PRINT "else"
WEOFSEQ S ON ERROR PRINT "weof on error"
PRINT "weofseq ":STATUS()
CLOSESEQ S ON ERROR PRINT "close on error"
PRINT "closed ":STATUS()
OPENSEQ "oe.txt" TO S ON ERROR PRINT "open on error" THEN PRINT "exists" ELSE PRINT "new file"
READSEQ L FROM S ON ERROR PRINT "on error" THEN PRINT "read ":L ELSE PRINT "else"
READBLK B FROM S, 3 ON ERROR PRINT "on error" THEN PRINT "block ":B ELSE PRINT "else"
READSEQ L FROM S ON ERROR PRINT "on error" THEN PRINT "read ":L ELSE PRINT "else"
READSEQ L FROM S ON ERROR PRINT "on error" THEN PRINT "read ":L ELSE PRINT "end: ":STATUS()
CLOSESEQ S
DELETESEQ "oe.txt" ON ERROR PRINT "on error" THEN PRINT "deleted" ELSE PRINT "else"
DELETESEQ "oe.txt" ON ERROR PRINT "on error" THEN PRINT "deleted" ELSE PRINT "missing: ":STATUS()
PRINT "done"
