* SUPPORT: IN.RUNCODE IN.RUNERR
* WEOFSEQ that cannot create its file, with no ON ERROR clause: a fatal error
OPENSEQ "we.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
CLOSESEQ S
C = 'OPENSEQ "we.txt/sub" TO S ELSE NULL'
C<-1> = 'WEOFSEQ S'
C<-1> = 'PRINT "not reached"'
CALL IN.RUNCODE(C)
PRINT "done"
