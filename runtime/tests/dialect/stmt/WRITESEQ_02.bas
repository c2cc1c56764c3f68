* Creating a sequential file makes its missing directories (WRITESEQ, CREATE, WEOFSEQ)
OPENSEQ "w2a/w2b/one.txt" TO S ELSE PRINT "new, status ":STATUS()
WRITESEQ "first" TO S THEN PRINT "written"
CLOSESEQ S
OPENSEQ "w2a/w2b/one.txt" TO S THEN READSEQ L FROM S THEN PRINT "read back: ":L
CLOSESEQ S
OPENSEQ "w2c/two.txt" TO S ELSE NULL
CREATE S THEN PRINT "created"
CLOSESEQ S
OPENSEQ "w2c/two.txt" TO S THEN PRINT "w2c/two.txt exists"
CLOSESEQ S
OPENSEQ "w2d/three.txt" TO S ELSE NULL
WEOFSEQ S
PRINT "weofseq status ":STATUS()
CLOSESEQ S
OPENSEQ "w2d/three.txt" TO S THEN PRINT "w2d/three.txt exists"
CLOSESEQ S
PRINT "done"
