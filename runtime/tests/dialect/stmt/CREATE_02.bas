* CREATE of a sequential file: 3017 once the file exists (after a write, or opened on an existing file), 3016 when the OS cannot create it
OPENSEQ "c2.txt" TO S ELSE NULL
WRITESEQ "x" TO S ELSE NULL
CREATE S THEN PRINT "create after write" ELSE PRINT "create after write: ":STATUS()
CLOSESEQ S
OPENSEQ "c2.txt" TO S THEN PRINT "exists"
CREATE S THEN PRINT "create existing" ELSE PRINT "create existing: ":STATUS()
CLOSESEQ S
OPENSEQ "c2.txt" READONLY TO S THEN PRINT "read-only"
CREATE S THEN PRINT "create read-only" ELSE PRINT "create read-only: ":STATUS()
CLOSESEQ S
OPENSEQ "c2.txt/sub" TO S ELSE PRINT "under a file: ":STATUS()
CREATE S THEN PRINT "created?" ELSE PRINT "create under a file: ":STATUS():" os.error set: ":(OS.ERROR() > 0)
CLOSESEQ S
OPENSEQ "c2new.txt" TO S ELSE NULL
CREATE S THEN PRINT "created new, status ":STATUS()
CREATE S THEN PRINT "again?" ELSE PRINT "create twice: ":STATUS()
CLOSESEQ S
PRINT "done"
