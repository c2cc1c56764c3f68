* FLUSH and NOBUF of a file opened with OPEN take ELSE and leave STATUS() alone; of a sequential file THEN with STATUS() 0
OPEN "BP" TO F ELSE STOP "no BP"
OPENSEQ "fl.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
READSEQ L FROM S ELSE PRINT "at end: ":STATUS()
FLUSH F THEN PRINT "flushed" ELSE PRINT "flush else ":STATUS()
NOBUF F THEN PRINT "nobuf" ELSE PRINT "nobuf else ":STATUS()
FLUSH S THEN PRINT "flushed ":STATUS() ELSE PRINT "else"
READSEQ L FROM S ELSE NULL
NOBUF S THEN PRINT "nobuf ":STATUS() ELSE PRINT "else"
PRINT "done"
