* An interactive data-entry program run by EXECUTE and fed with DATA: INPUT reads the
* queued lines, an empty line ends the loop, the caller checks @SYSTEM.RETURN.CODE
OPEN "BP" TO BP ELSE STOP
SRC = "PROGRAM CA.ENTRY"
SRC<-1> = "OPEN 'CONTACTS' TO F ELSE STOP 'no file'"
SRC<-1> = "N = 0"
SRC<-1> = "LOOP"
SRC<-1> = "   PRINT 'Name: ':"
SRC<-1> = "   INPUT NAME"
SRC<-1> = "UNTIL NAME = '' DO"
SRC<-1> = "   PRINT 'Phone: ':"
SRC<-1> = "   INPUT PHONE"
SRC<-1> = "   N += 1"
SRC<-1> = "   WRITE NAME:@FM:PHONE ON F, N"
SRC<-1> = "REPEAT"
SRC<-1> = "PRINT N:' contacts entered'"
SRC<-1> = "END"
WRITE SRC ON BP, "CA.ENTRY"
EXECUTE "BASIC BP CA.ENTRY" CAPTURING OUT
EXECUTE "CREATE.FILE CONTACTS" CAPTURING OUT
DATA "Ann Lee", "555-0101", "Bo Diaz", "555-0199", ""
EXECUTE "RUN BP CA.ENTRY" CAPTURING OUT
FOR I = 1 TO DCOUNT(OUT, @FM)
   PRINT I:": [":OUT<I>:"]"
NEXT I
OPEN "CONTACTS" TO F ELSE STOP
SSELECT F
LOOP
   READNEXT ID ELSE EXIT
   READ R FROM F, ID THEN PRINT ID:" ":R<1>:" / ":R<2>
REPEAT
* Queued data that the program does not consume stays queued for the next one
DATA "Cy Ho", "555-0123", "", "leftover"
EXECUTE "RUN BP CA.ENTRY" CAPTURING OUT
PRINT "second run: ":OUT<DCOUNT(OUT, @FM)>
PRINT "data left: ":SYSTEM(10)
INPUT REST
PRINT "leftover read here: ":REST
PRINT "data left now: ":SYSTEM(10)
* INPUT with a length limit and @(-) free prompt
SRC = "PROGRAM CA.ASK"
SRC<-1> = "INPUT CODE, 3"
SRC<-1> = "INPUT QTY"
SRC<-1> = "IF NOT(NUM(QTY)) THEN PRINT 'bad qty ':QTY ; STOP"
SRC<-1> = "PRINT 'code=':CODE:' qty=':QTY * 2"
SRC<-1> = "END"
WRITE SRC ON BP, "CA.ASK"
EXECUTE "BASIC BP CA.ASK" CAPTURING OUT
DATA "ABCDEF", "12"
EXECUTE "RUN BP CA.ASK" CAPTURING OUT
PRINT "ask: ":CONVERT(@FM, "|", OUT)
DATA "XY", "lots"
EXECUTE "RUN BP CA.ASK" CAPTURING OUT
PRINT "ask bad: ":CONVERT(@FM, "|", OUT)
PRINT "done"
