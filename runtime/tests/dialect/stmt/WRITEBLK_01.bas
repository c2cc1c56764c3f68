* WRITEBLK writes bytes without a line end; WRITESEQ adds one
OPENSEQ "b.txt" TO S ELSE NULL
WRITEBLK "abc" TO S ELSE NULL
WRITEBLK "def" TO S ELSE NULL
WRITESEQ "ghi" TO S ELSE NULL
WRITEBLK "" TO S THEN PRINT "empty writeblk then" ELSE PRINT "empty writeblk else"
CLOSESEQ S
OPENSEQ "b.txt" TO S ELSE STOP
READSEQ L FROM S THEN PRINT "[":L:"]"
READSEQ L FROM S ELSE PRINT "one line only"
CLOSESEQ S
PRINT "done"
