* OPEN forms: file name, DICT, missing file with STATUS, ON ERROR; OPEN of VOC
OPEN "VOC" TO V THEN PRINT "VOC open" ELSE PRINT "no VOC"
OPEN "NO.SUCH.FILE" TO F THEN PRINT "?" ELSE PRINT "missing file: status ":STATUS()
EXECUTE "CREATE.FILE INV" CAPTURING JUNK
OPEN "", "INV" TO F THEN PRINT "empty dict arg opens data"
OPEN "DICT", "INV" TO D THEN
   READ R FROM D, "@ID" THEN PRINT "dict @ID field 1: ":R<1>
END
OPEN "DICT INV" TO D2 THEN PRINT "DICT name form opens"
OPEN "INV" TO F ON ERROR PRINT "error" THEN PRINT "with ON ERROR" ELSE PRINT "else"
OPEN "inv" TO F THEN PRINT "lower case name opens" ELSE PRINT "lower case name: status ":STATUS()
PRINT "done"
