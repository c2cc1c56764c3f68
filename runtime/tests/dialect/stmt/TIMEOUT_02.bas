* TIMEOUT takes an expression for the seconds, and what follows it on the
* line with no ';' is the next statement; its operands are evaluated
OPENSEQ "t2.txt" TO S ELSE NULL
WRITESEQ "line 1" TO S ELSE NULL
WRITESEQ "line 2" TO S ELSE NULL
CLOSESEQ S
OPENSEQ "t2.txt" TO S ELSE STOP
N = 2
TIMEOUT S, N * 3 PRINT "after timeout"
READSEQ L FROM S THEN PRINT "read ":L ELSE PRINT "eof"
TIMEOUT S, 0 ; PRINT "zero"
READSEQ L FROM S THEN PRINT "read ":L ELSE PRINT "eof"
READSEQ L FROM S THEN PRINT "read ":L ELSE PRINT "eof"
IF N = 2 THEN TIMEOUT S, 1 PRINT "in then"
CLOSESEQ S
PRINT "done"
