* OPENPATH a directory by its path; missing path; STATUS
EXECUTE "CREATE.FILE PDIR DIRECTORY" CAPTURING JUNK
OPENPATH "PDIR" TO F THEN PRINT "opened by relative path" ELSE PRINT "failed ":STATUS()
WRITE "v" ON F, "X"
OPEN "PDIR" TO G ELSE STOP "no"
READ R FROM G, "X" THEN PRINT "same file: ":R
OPENPATH "no/such/dir" TO F THEN PRINT "?" ELSE PRINT "missing path: status ":STATUS()
PRINT "done"
