* READSEQ on a file variable that is not open for sequential access; STATUS values of READSEQ
OPENSEQ "a.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
CLOSESEQ S
OPENSEQ "a.txt" TO S ELSE STOP
READSEQ L FROM S THEN PRINT "read ":L:" status ":STATUS()
READSEQ L FROM S ELSE PRINT "eof status ":STATUS()
READSEQ L FROM S ELSE PRINT "still eof status ":STATUS()
CLOSESEQ S
PRINT "done"
