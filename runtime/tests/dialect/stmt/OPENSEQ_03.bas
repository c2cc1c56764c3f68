* Directory-file record ids with special characters: the OS file name encoding
EXECUTE "CREATE.FILE ODDIDS DIRECTORY" CAPTURING JUNK
OPEN "ODDIDS" TO F ELSE STOP "no"
IDS = "A*B":@FM:"x/y":@FM:"p%q":@FM:"sp ace":@FM:"lower":@FM:"q?":@FM:'a"b':@FM:"dot.":@FM:".hidden"
FOR I = 1 TO DCOUNT(IDS, @FM)
   WRITE "rec ":I ON F, IDS<I>
NEXT I
* what the directory holds, in sorted order
OSNAMES = DIR("ODDIDS")
PRINT "dir() fields: ":DCOUNT(OSNAMES, @FM)
EXECUTE "SSELECT ODDIDS" CAPTURING OUT
L = ""
LOOP
   READNEXT ID ELSE EXIT
   L := ID:" "
REPEAT
PRINT "ids back: ":L
FOR I = 1 TO DCOUNT(IDS, @FM)
   READ R FROM F, IDS<I> ELSE R = "missing"
   PRINT IDS<I>:" -> ":R
NEXT I
OPENSEQ "ODDIDS/A%AB" TO S THEN
   READSEQ L FROM S THEN PRINT "OS name A%AB holds: ":L
END ELSE PRINT "no OS file A%AB"
PRINT "done"
