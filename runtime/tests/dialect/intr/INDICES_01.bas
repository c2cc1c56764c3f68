* INDICES on a file with no indices
EXECUTE "CREATE.FILE INDX" CAPTURING JUNK
OPEN "INDX" TO F ELSE STOP "no file"
CRT "[" : INDICES(F) : "] status=" : STATUS()
CRT "[" : INDICES(F, "NOSUCH") : "] status=" : STATUS()
CRT "done"
