* FLUSH a sequential file after writing
OPENSEQ "flushed.txt" TO S ELSE NULL
WRITESEQ "data" TO S ELSE NULL
FLUSH S THEN PRINT "flushed" ELSE PRINT "flush failed ":STATUS()
CLOSESEQ S
OPENSEQ "flushed.txt" TO S2 ELSE STOP "gone"
READSEQ T FROM S2 THEN PRINT "on disk: ":T
CLOSESEQ S2
PRINT "done"
