* A program that ends inside a transaction: rolled back as the session ends
EXECUTE "CREATE.FILE T7" CAPTURING JUNK
OPEN "T7" TO F ELSE STOP
TRANSACTION START ELSE NULL
READU X FROM F, "K" ELSE NULL
WRITE "v" ON F, "K"
PRINT "end of program"
