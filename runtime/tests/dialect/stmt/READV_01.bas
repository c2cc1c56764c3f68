* READV a single field; field 0 tests existence; beyond the last field; READVU/READVL locks
EXECUTE "CREATE.FILE EMP" CAPTURING JUNK
OPEN "EMP" TO F ELSE STOP "no"
WRITE "Smith":@FM:"Sales":@VM:"Admin":@FM:"42000" ON F, "E1"
READV NAME FROM F, "E1", 1 THEN PRINT "name: ":NAME
READV DEPT FROM F, "E1", 2 THEN PRINT "dept: ":CONVERT(@VM, ",", DEPT)
READV X FROM F, "E1", 9 THEN PRINT "field 9: [":X:"]" ELSE PRINT "field 9 else"
READV X FROM F, "E1", 0 THEN PRINT "field 0: [":X:"]"
READV X FROM F, "E2", 1 ELSE PRINT "missing record: status ":STATUS()
READVU S FROM F, "E1", 3 THEN PRINT "salary ":S:" lock ":RECORDLOCKED(F, "E1")
RELEASE F, "E1"
READVL S FROM F, "E1", 3 THEN PRINT "readvl lock ":RECORDLOCKED(F, "E1")
RELEASE
PRINT "done"
