* Writes the OS refuses (the device /dev/full) are ordinary failures: ELSE with STATUS() 3037 and the OS error, even with ON ERROR
OPENSEQ "/dev/full" TO S THEN PRINT "opened the device" ELSE PRINT "else ":STATUS()
WRITESEQ "x" TO S ON ERROR PRINT "on error" THEN PRINT "then" ELSE PRINT "else ":STATUS():" ":OS.ERROR()
WRITESEQF "x" TO S THEN PRINT "then" ELSE PRINT "seqf else ":STATUS():" ":OS.ERROR()
WRITEBLK "x" TO S ON ERROR PRINT "on error" THEN PRINT "then" ELSE PRINT "blk else ":STATUS()
WEOFSEQ S ON ERROR PRINT "on error"
PRINT "weofseq ":STATUS()
CLOSESEQ S
OPENSEQ "/dev/null" TO N THEN PRINT "opened null" ELSE PRINT "else ":STATUS()
WRITESEQ "gone" TO N THEN PRINT "written to null" ELSE PRINT "else ":STATUS()
CLOSESEQ N
PRINT "done"
