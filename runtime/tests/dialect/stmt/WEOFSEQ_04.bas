* SUPPORT: IN.RUNCODE IN.RUNERR
* WEOFSEQ on a file opened with OPEN (not a sequential file) is a fatal error
C = 'OPEN "BP" TO F ELSE STOP "no BP"'
C<-1> = 'WEOFSEQ F ON ERROR PRINT "on error ":STATUS()'
C<-1> = 'PRINT "not reached"'
CALL IN.RUNCODE(C)
PRINT "done"
