* WRITEBLK that cannot create its file: ON ERROR when present; without it ELSE (no fatal error), STATUS() 3016 both ways
OPENSEQ "wb.txt" TO S ELSE NULL
WRITEBLK "x" TO S ELSE NULL
CLOSESEQ S
OPENSEQ "wb.txt/sub" TO S ELSE PRINT "new: ":STATUS()
WRITEBLK "y" TO S ON ERROR PRINT "on error ":STATUS():" ":OS.ERROR() THEN PRINT "then" ELSE PRINT "else ":STATUS()
WRITEBLK "y" TO S THEN PRINT "then" ELSE PRINT "else ":STATUS():" ":OS.ERROR()
WRITEBLK "y" TO S ELSE
   PRINT "block else ":STATUS()
END
PRINT "done"
