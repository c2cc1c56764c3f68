* VOC records: F (file pointer) and Q (pointer to a file in an account) used by OPEN
EXECUTE "CREATE.FILE CUST" CAPTURING JUNK
OPEN "CUST" TO F ELSE STOP
WRITE "Smith" ON F, "C1"
OPEN "VOC" TO V ELSE STOP
READ R FROM V, "CUST" THEN PRINT "F record: ":CONVERT(@FM, "|", R)
WRITE "F":@FM:"CUST":@FM:"CUST.DIC" ON V, "CLIENTS"
OPEN "CLIENTS" TO C THEN
   READ R FROM C, "C1" THEN PRINT "through F alias: ":R
END
WRITE "Q":@FM:"":@FM:"CUST" ON V, "QCUST"
OPEN "QCUST" TO Q THEN
   READ R FROM Q, "C1" THEN PRINT "through Q pointer: ":R
END ELSE PRINT "Q open failed ":STATUS()
WRITE "X":@FM:"junk" ON V, "NOTAFILE"
OPEN "NOTAFILE" TO N THEN PRINT "?" ELSE PRINT "non-file VOC record: status ":STATUS()
PRINT "done"
