* DELETE records; deleting a missing record; ON ERROR; STATUS afterwards
EXECUTE "CREATE.FILE ITEMS DIRECTORY" CAPTURING JUNK
OPEN "ITEMS" TO F ELSE STOP "no file"
WRITE "a" ON F, "K1"
WRITE "b" ON F, "K2"
DELETE F, "K1"
PRINT "status after delete: ":STATUS()
READ R FROM F, "K1" THEN PRINT "K1 still there" ELSE PRINT "K1 deleted"
DELETE F, "NOPE"
PRINT "status after deleting missing: ":STATUS()
DELETE F, "K2" ON ERROR PRINT "error" 
READ R FROM F, "K2" ELSE PRINT "K2 deleted"
PRINT "done"
