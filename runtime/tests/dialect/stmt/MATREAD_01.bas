* MATREAD / MATWRITE a record; more fields than elements; missing record
EXECUTE "CREATE.FILE CUST" CAPTURING JUNK
OPEN "CUST" TO F ELSE STOP "no"
DIM C(3)
C(1) = "Jones" ; C(2) = "Leeds" ; C(3) = "LS1"
MATWRITE C ON F, "C100"
READ R FROM F, "C100" THEN PRINT "record: ":CONVERT(@FM, "^", R)
DIM D(2)
MATREAD D FROM F, "C100" THEN PRINT "D: ":D(1):"|":D(2):"|extra=":CONVERT(@FM, "^", D(0))
MATREAD D FROM F, "NOPE" ELSE PRINT "missing: D(1)=[":D(1):"] status=":STATUS()
DIM E(5)
MATREAD E FROM F, "C100" THEN PRINT "E(4)=[":E(4):"] inmat=":INMAT()
PRINT "done"
