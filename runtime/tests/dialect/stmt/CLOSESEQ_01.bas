* OPENSEQ / WRITESEQ / CLOSESEQ, then reading back what was written
OPENSEQ "seqtest.txt" TO S ELSE
   PRINT "new file, status ":STATUS()
END
WRITESEQ "line one" TO S ELSE PRINT "write failed"
WRITESEQ "line two" TO S ELSE PRINT "write failed"
CLOSESEQ S
OPENSEQ "seqtest.txt" TO S ELSE STOP "cannot reopen"
LOOP
   READSEQ L FROM S ELSE EXIT
   PRINT "read: ":L
REPEAT
CLOSESEQ S
PRINT "done"
