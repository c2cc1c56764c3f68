* WRITESEQ that cannot create its file (a path under a plain file): ON ERROR with STATUS() 3016 and the OS error
OPENSEQ "w3.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
CLOSESEQ S
OPENSEQ "w3.txt/sub" TO S ELSE PRINT "under a file: ":STATUS()
WRITESEQ "y" TO S ON ERROR PRINT "on error ":STATUS():" ":OS.ERROR() THEN PRINT "written" ELSE PRINT "else ":STATUS()
WEOFSEQ S ON ERROR PRINT "weofseq on error ":STATUS()
PRINT "done"
