* SUPPORT: IN.RUNCODE IN.RUNERR
* WRITESEQ that cannot create its file, with no ON ERROR clause: a fatal error, not ELSE
OPENSEQ "w4.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
CLOSESEQ S
C = 'OPENSEQ "w4.txt/sub" TO S ELSE PRINT "else ":STATUS()'
C<-1> = 'WRITESEQ "y" TO S THEN PRINT "then" ELSE PRINT "else ":STATUS()'
C<-1> = 'PRINT "not reached"'
CALL IN.RUNCODE(C)
PRINT "done"
