* SUPPORT: IN.RUNCODE IN.RUNERR
* WRITESEQF that cannot create its file: ON ERROR when present, else the same fatal error as WRITESEQ
OPENSEQ "wf.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
CLOSESEQ S
OPENSEQ "wf.txt/a/b" TO T ELSE NULL
WRITESEQF "y" TO T ON ERROR PRINT "on error ":STATUS():" ":OS.ERROR() THEN PRINT "then" ELSE PRINT "else"
C = 'OPENSEQ "wf.txt/sub" TO S ELSE NULL'
C<-1> = 'WRITESEQF "y" TO S ELSE PRINT "else ":STATUS()'
CALL IN.RUNCODE(C)
PRINT "done"
