* WRITE with an empty id, and to a file variable that was never opened, with ON ERROR
EXECUTE "CREATE.FILE WE" CAPTURING JUNK
OPEN "WE" TO F ELSE STOP
WRITE "x" ON F, "" ON ERROR PRINT "empty id: error ":STATUS()
PRINT "status ":STATUS()
PRINT "done"
