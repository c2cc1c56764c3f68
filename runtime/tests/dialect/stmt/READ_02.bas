* READ from a hashed file; WRITE then READ of trailing marks and empty records
EXECUTE "CREATE.FILE ORDERS" CAPTURING JUNK
OPEN "ORDERS" TO F ELSE STOP "no"
WRITE "" ON F, "EMPTY"
WRITE "a":@FM:@FM ON F, "TRAIL"
WRITE 12.50 ON F, "NUM"
READ R FROM F, "EMPTY" THEN PRINT "empty record: [":R:"] len ":LEN(R)
READ R FROM F, "TRAIL" THEN PRINT "trailing marks kept: ":LEN(R)
READ R FROM F, "NUM" THEN PRINT "number written as: ":R
READ R FROM F, "num" ELSE PRINT "ids are case sensitive"
PRINT "done"
