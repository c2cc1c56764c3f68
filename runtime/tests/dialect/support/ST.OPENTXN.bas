* Starts a transaction and ends without committing it
OPEN "T5" TO F ELSE STOP
TRANSACTION START ELSE NULL
READU X FROM F, "K" ELSE NULL
WRITE "v" ON F, "K"
PRINT "inner end"
