* READ from a directory file: THEN/ELSE, missing record STATUS, marks from line ends, ON ERROR
EXECUTE "CREATE.FILE CUST DIRECTORY" CAPTURING JUNK
OPEN "CUST" TO F ELSE STOP "no"
WRITE "Ann":@FM:"Bath":@VM:"Wells":@FM:"" ON F, "C1"
READ R FROM F, "C1" THEN
   PRINT "fields: ":DCOUNT(R, @FM):" [":CONVERT(@FM:@VM, "^]", R):"]"
END ELSE
   PRINT "missing?"
END
READ R FROM F, "C9" ELSE PRINT "C9 missing, status ":STATUS():", R=[":R:"]"
READ R FROM F, "" ELSE PRINT "empty id: status ":STATUS()
READ R FROM F, "C1" ON ERROR PRINT "error" THEN PRINT "with ON ERROR: ":R<1>
OPENSEQ "CUST", "C2" TO S ELSE NULL
WRITESEQ "line1" TO S ELSE NULL
WRITESEQ "line2" TO S ELSE NULL
CLOSESEQ S
READ R FROM F, "C2" THEN PRINT "text file as record: ":CONVERT(@FM, "^", R)
PRINT "done"
