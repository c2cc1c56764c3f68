* CREATE after OPENSEQ takes ELSE: the file exists and is empty
OPENSEQ "newfile.txt" TO S THEN
   PRINT "unexpectedly exists"
END ELSE
   PRINT "open failed, status=":STATUS()
   CREATE S THEN PRINT "created" ELSE PRINT "create failed"
END
WRITESEQ "first" TO S ELSE NULL
CLOSESEQ S
OPENSEQ "newfile.txt" TO S ELSE STOP "gone"
READSEQ L FROM S THEN PRINT "contains: ":L
CLOSESEQ S
PRINT "done"
