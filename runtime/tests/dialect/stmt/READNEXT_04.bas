* SELECT of a directory file whose ids contain spaces and dots; READNEXT keeps them whole
EXECUTE "CREATE.FILE NOTES DIRECTORY" CAPTURING JUNK
OPEN "NOTES" TO F ELSE STOP
WRITE "1" ON F, "meeting notes"
WRITE "2" ON F, "v1.2.txt"
WRITE "3" ON F, "a,b"
SSELECT F
LOOP
   READNEXT ID ELSE EXIT
   READ R FROM F, ID THEN PRINT "[":ID:"] ":R
REPEAT
PRINT "done"
