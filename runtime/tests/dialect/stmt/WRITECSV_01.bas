* WRITECSV writes a CSV line to a sequential file
OPENSEQ "out.csv" TO S ELSE NULL
WRITECSV "a", "b,c", 'q"q', 3 TO S ELSE PRINT "failed"
CLOSESEQ S
OPENSEQ "out.csv" TO S ELSE STOP
READSEQ L FROM S THEN PRINT L
PRINT "done"
