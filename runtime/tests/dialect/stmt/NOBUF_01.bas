* NOBUF turns off buffering of a sequential file
OPENSEQ "nobuf.txt" TO S ELSE NULL
NOBUF S THEN PRINT "unbuffered" ELSE PRINT "nobuf failed"
WRITESEQ "line" TO S ELSE NULL
CLOSESEQ S
PRINT "done"
