* OPENSEQ: new file takes ELSE with STATUS 0, existing file THEN; file,id form; READSEQ at EOF
OPENSEQ "notes.txt" TO S THEN PRINT "exists?" ELSE PRINT "new file, status ":STATUS()
WRITESEQ "alpha" TO S ELSE NULL
WRITESEQ "" TO S ELSE NULL
WRITESEQ "gamma" TO S ELSE NULL
CLOSESEQ S
OPENSEQ "notes.txt" TO S THEN PRINT "existing file opens"
N = 0
LOOP
   READSEQ L FROM S ELSE PRINT "eof after ":N:" lines, status ":STATUS() ; EXIT
   N += 1
   PRINT N:": [":L:"]"
REPEAT
CLOSESEQ S
OPENSEQ "nodir/x.txt" TO S THEN PRINT "?" ELSE PRINT "bad directory: status ":STATUS()
PRINT "done"
