* RQM releases the time slice; it simply continues
RQM
PRINT "done"
