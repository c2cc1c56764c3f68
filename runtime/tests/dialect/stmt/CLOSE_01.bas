* CLOSE a file variable; reopen; CLOSE with ON ERROR
EXECUTE "CREATE.FILE NOTES DIRECTORY" CAPTURING JUNK
OPEN "NOTES" TO F ELSE STOP "no file"
WRITE "hello" ON F, "N1"
CLOSE F
PRINT "closed; status=":STATUS()
OPEN "NOTES" TO F ELSE STOP "no file"
READ R FROM F, "N1" ELSE R = "?"
PRINT "reopened: ":R
CLOSE F ON ERROR PRINT "close failed"
PRINT "done"
