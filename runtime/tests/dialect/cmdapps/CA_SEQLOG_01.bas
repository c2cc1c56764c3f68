* Export and re-import through sequential files: OPENSEQ on a new record (ELSE, CREATE),
* WRITESEQ, WEOFSEQ, CLOSESEQ, READSEQ with line endings, OPENSEQ by path
EXECUTE "CREATE.FILE EXPORT DIRECTORY" CAPTURING JUNK
EXECUTE "CREATE.FILE PARTS" CAPTURING JUNK
OPEN "PARTS" TO PF ELSE STOP
WRITE "Bolt":@FM:"0.10":@FM:500 ON PF, "P1"
WRITE "Nut, hex":@FM:"0.05":@FM:1200 ON PF, "P2"
WRITE "Washer":@FM:"0.02":@FM:0 ON PF, "P3"
OPENSEQ "EXPORT", "parts.csv" TO SF THEN
   PRINT "unexpected: file exists"
END ELSE
   PRINT "new file, status ":STATUS()
   CREATE SF ELSE STOP "create failed"
END
WRITESEQ "id,name,price,qty" TO SF ELSE STOP "write failed"
SSELECT PF
LOOP
   READNEXT ID ELSE EXIT
   READ R FROM PF, ID ELSE CONTINUE
   NAME = R<1>
   IF INDEX(NAME, ",", 1) THEN NAME = '"':NAME:'"'
   WRITESEQ ID:",":NAME:",":R<2>:",":R<3> TO SF ELSE STOP
REPEAT
WEOFSEQ SF
CLOSESEQ SF
* Read back through the directory file and as a whole record
OPEN "EXPORT" TO EF ELSE STOP
READ WHOLE FROM EF, "parts.csv" THEN PRINT "lines as fields: ":DCOUNT(WHOLE, @FM)
OPENSEQ "EXPORT", "parts.csv" TO SF ELSE STOP "reopen failed"
N = 0
LOOP
   READSEQ LINE FROM SF ELSE EXIT
   N += 1
   PRINT N:": ":LINE
REPEAT
PRINT "status at end ":STATUS()
CLOSESEQ SF
* Append to it: seek to the end with SEEK, then write
OPENSEQ "EXPORT", "parts.csv" TO SF ELSE STOP
SEEK SF, 0, 2 ELSE PRINT "seek failed"
WRITESEQ "P9,Spring,0.30,7" TO SF ELSE PRINT "append failed"
CLOSESEQ SF
READ WHOLE FROM EF, "parts.csv" THEN PRINT "after append: ":DCOUNT(WHOLE, @FM):" last ":WHOLE<DCOUNT(WHOLE, @FM)>
* CRLF line endings written by hand are read without the CR by READSEQ? print the length
WRITE "a":CHAR(13):@FM:"b":CHAR(13) ON EF, "crlf.txt"
OPENSEQ "EXPORT", "crlf.txt" TO SF ELSE STOP
LOOP
   READSEQ LINE FROM SF ELSE EXIT
   PRINT "crlf line len ":LEN(LINE):" ":SEQ(LINE[1])
REPEAT
CLOSESEQ SF
* Truncate with WEOFSEQ right after opening
OPENSEQ "EXPORT", "parts.csv" TO SF ELSE STOP
READSEQ FIRST FROM SF ELSE NULL
WEOFSEQ SF
CLOSESEQ SF
READ WHOLE FROM EF, "parts.csv" THEN PRINT "after truncate: [":WHOLE:"]"
PRINT "done"
