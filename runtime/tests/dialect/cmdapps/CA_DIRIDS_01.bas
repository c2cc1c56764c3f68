* A directory file used as a document store with record ids that are not plain names:
* ScarletDME encodes them for the operating system; SELECT gives the original ids back
EXECUTE "CREATE.FILE DOCS DIRECTORY" CAPTURING JUNK
OPEN "DOCS" TO DF ELSE STOP "no DOCS"
IDS = "notes*1":@FM:"a/b":@FM:"what?":@FM:"with space":@FM:"lower"
IDS<-1> = "50%":@FM:"dot.name":@FM:".hidden":@FM:"q\uote":@FM:'"dq"':@FM:"col:on"
FOR I = 1 TO DCOUNT(IDS, @FM)
   WRITE "doc ":I:@FM:"line two" ON DF, IDS<I>
NEXT I
* Read every id back by name
OK = 0
FOR I = 1 TO DCOUNT(IDS, @FM)
   READ R FROM DF, IDS<I> THEN
      IF R<1> = "doc ":I THEN OK += 1
   END ELSE
      PRINT "cannot read back ":IDS<I>
   END
NEXT I
PRINT "read back ":OK:" of ":DCOUNT(IDS, @FM)
* The ids a SELECT returns are the originals
SSELECT DF
GOT = ""
LOOP
   READNEXT ID ELSE EXIT
   GOT<-1> = ID
REPEAT
FOR I = 1 TO DCOUNT(GOT, @FM)
   ID = GOT<I>
   CONVERT CHAR(9) TO "~" IN ID
   PRINT "id ":I:": [":ID:"]"
NEXT I
* The names on disk, seen through a second directory file on the same path
OPEN "DICT", "DOCS" TO DD ELSE NULL
EXECUTE "SSELECT DOCS WITH @ID LIKE '...%...'" CAPTURING OUT
READLIST L ELSE L = ""
PRINT "ids with %: ":CONVERT(@FM, ",", L)
EXECUTE "SELECT DOCS WITH @ID = 'a/b'" CAPTURING OUT
PRINT "a/b selected: ":@SELECTED
CLEARSELECT
DELETE DF, "notes*1"
READ R FROM DF, "notes*1" THEN PRINT "still there" ELSE PRINT "deleted notes*1"
EXECUTE "COUNT DOCS" CAPTURING OUT
PRINT "count: ":TRIM(OUT<1>)
* A record written with a mark in it comes back as lines
READ R FROM DF, "a/b" THEN PRINT "fields: ":DCOUNT(R, @FM)
PRINT "done"
