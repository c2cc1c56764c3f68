* CREATE of a sequential file the OS cannot create: ON ERROR when present, else ELSE; both with STATUS() 3016
OPENSEQ "cr.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
CLOSESEQ S
OPENSEQ "cr.txt/sub" TO S ELSE PRINT "new: ":STATUS()
CREATE S ON ERROR PRINT "on error ":STATUS():" ":OS.ERROR() THEN PRINT "created" ELSE PRINT "else ":STATUS()
CREATE S THEN PRINT "created" ELSE PRINT "else ":STATUS():" ":OS.ERROR()
OPENSEQ "cr2.txt" TO T ELSE NULL
CREATE T ON ERROR PRINT "on error" THEN PRINT "created ":STATUS() ELSE PRINT "else ":STATUS()
CREATE T ON ERROR PRINT "on error" THEN PRINT "created" ELSE PRINT "exists: ":STATUS()
OPEN "BP" TO F ELSE STOP "no BP"
CREATE F ON ERROR PRINT "on error" THEN PRINT "created" ELSE PRINT "not sequential: ":STATUS()
PRINT "done"
