* OPENSEQ of a FIFO (named pipe) made by the program: it opens at once, THEN
* with STATUS() 0 (no peer needed), and closes (READONLY would wait for a writer)
OS.EXECUTE "mkfifo SEMFIFO" CAPTURING JUNK
OPENSEQ "SEMFIFO" TO F THEN
   PRINT "then, status ":STATUS()
END ELSE
   PRINT "else, status ":STATUS()
END
CLOSESEQ F
PRINT "done"
