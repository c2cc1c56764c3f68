* READBLK reads a number of bytes from a sequential file; WRITEBLK writes raw bytes
OPENSEQ "blk.bin" TO S ELSE NULL
WRITEBLK "ABCDEFGHIJ" TO S ELSE PRINT "writeblk failed"
CLOSESEQ S
OPENSEQ "blk.bin" TO S ELSE STOP "no"
READBLK B FROM S, 4 THEN PRINT "[":B:"]"
READBLK B FROM S, 4 THEN PRINT "[":B:"]"
READBLK B FROM S, 4 THEN PRINT "[":B:"]"
READBLK B FROM S, 4 THEN PRINT "[":B:"]" ELSE PRINT "at end: [":B:"] status ":STATUS()
CLOSESEQ S
PRINT "done"
