* MARK.MAPPING on a directory file record: with mapping OFF, field marks stay as they are
EXECUTE "CREATE.FILE RAWTEXT DIRECTORY" CAPTURING JUNK
OPEN "RAWTEXT" TO F ELSE STOP "no"
WRITE "a":@FM:"b" ON F, "MAPPED"
MARK.MAPPING F, OFF
WRITE "c":@FM:"d" ON F, "UNMAPPED"
READ R FROM F, "UNMAPPED" THEN PRINT "unmapped fields: ":DCOUNT(R, @FM)
MARK.MAPPING F, ON
READ R FROM F, "MAPPED" THEN PRINT "mapped fields: ":DCOUNT(R, @FM)
READ R FROM F, "UNMAPPED" THEN PRINT "unmapped read with mapping on: ":DCOUNT(R, @FM)
OPENSEQ "RAWTEXT", "MAPPED" TO S THEN
   READSEQ L FROM S THEN PRINT "first line on disk: ":L
   CLOSESEQ S
END
PRINT "done"
