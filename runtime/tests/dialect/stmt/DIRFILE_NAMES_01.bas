* Directory-file record ids under ScarletDME's OS name encoding, both ways:
* records written as OS files under encoded names are read by id, and ids
* written by WRITE are found under their encoded OS names
EXECUTE "CREATE.FILE NAMES DIRECTORY" CAPTURING JUNK
OPEN "NAMES" TO F ELSE STOP "no"
* written as OS files by path (as another program would) ...
OSNAMES = "A%AB":@FM:"x%Sy":@FM:"a%Cb%Ec%Gd%Le%Vf%Xg%Yh%Zi%Bj":@FM:"p%Pq":@FM:"%dlead":@FM:"%ttilde":@FM:"q%Q"
FOR I = 1 TO DCOUNT(OSNAMES, @FM)
   OPENSEQ "NAMES/":OSNAMES<I> TO S ELSE NULL
   WRITESEQ "os ":I TO S ELSE NULL
   CLOSESEQ S
NEXT I
* ... and read by their ids
IDS = "A*B":@FM:"x/y":@FM:"a,b=c>d<e+f:g;h?i\j":@FM:"p%q":@FM:".lead":@FM:"~tilde":@FM:'q"'
FOR I = 1 TO DCOUNT(IDS, @FM)
   READ R FROM F, IDS<I> THEN PRINT IDS<I>:" -> ":R ELSE PRINT IDS<I>:" missing"
NEXT I
* ids written by WRITE land under the encoded name
WRITE "w1" ON F, "two*stars*"
WRITE "w2" ON F, ".dot"
WRITE "w3" ON F, "~t"
WRITE "w4" ON F, "a=b"
CHECK = "two%Astars%A":@FM:"%ddot":@FM:"%tt":@FM:"a%Eb"
FOR I = 1 TO DCOUNT(CHECK, @FM)
   OPENSEQ "NAMES/":CHECK<I> TO S THEN
      READSEQ L FROM S ELSE L = "?"
      PRINT "OS ":CHECK<I>:" holds ":L
      CLOSESEQ S
   END ELSE PRINT "no OS file ":CHECK<I>
NEXT I
* the ids a sorted select lists (a leading . or ~ is not given back)
SSELECT F
L = ""
LOOP
   READNEXT ID ELSE EXIT
   L<-1> = ID
REPEAT
PRINT "listed: ":DCOUNT(L, @FM)
FOR I = 1 TO DCOUNT(L, @FM)
   IF L<I> = "dot" OR L<I> = "t" OR L<I> = "lead" OR L<I> = "tilde" THEN PRINT "listed without lead: ":L<I>
NEXT I
LOCATE("two*stars*", L; P) THEN PRINT "two*stars* listed"
LOCATE("a,b=c>d<e+f:g;h?i\j", L; P) THEN PRINT "punctuation id listed"
* an id with a control character has no OS name
READ R FROM F, "a":CHAR(9):"b" THEN PRINT "tab id: THEN [":R:"] ":STATUS() ELSE PRINT "tab id: ELSE ":STATUS()
READ R FROM F, "" THEN PRINT "empty id: THEN" ELSE PRINT "empty id: ELSE ":STATUS()
DELETE F, "A*B"
READ R FROM F, "A*B" THEN PRINT "still there" ELSE PRINT "A*B deleted"
OPENSEQ "NAMES/A%AB" TO S THEN PRINT "OS file still there" ELSE PRINT "OS file A%AB gone"
PRINT "done"
