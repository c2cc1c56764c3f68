* SUPPORT: IN.RUNCODE IN.RUNERR
* WEOFSEQ on a sequential file opened READONLY is a fatal error, even with ON ERROR
OPENSEQ "ro.txt" TO S ELSE NULL
WRITESEQ "kept" TO S ELSE NULL
CLOSESEQ S
C = 'OPENSEQ "ro.txt" READONLY TO S THEN PRINT "opened"'
C<-1> = 'WEOFSEQ S ON ERROR PRINT "on error ":STATUS()'
C<-1> = 'PRINT "not reached"'
CALL IN.RUNCODE(C)
OPENSEQ "ro.txt" TO S THEN READSEQ L FROM S THEN PRINT "still there: ":L
PRINT "done"
