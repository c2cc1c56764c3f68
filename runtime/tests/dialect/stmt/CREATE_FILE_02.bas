* The CREATE.FILE statement (not the command) makes a file at a path
CREATE.FILE "WORKDIR" DIRECTORY ON ERROR PRINT "error ":STATUS()
PRINT "status ":STATUS()
OPENPATH "WORKDIR" TO F THEN
   WRITE "x" ON F, "K"
   READ R FROM F, "K" THEN PRINT "read back: ":R
END ELSE PRINT "openpath failed ":STATUS()
PRINT "done"
