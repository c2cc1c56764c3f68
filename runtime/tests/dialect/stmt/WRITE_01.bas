* WRITE forms: ON / TO, ON ERROR, numbers, overwriting, ids with spaces
EXECUTE "CREATE.FILE WF" CAPTURING JUNK
OPEN "WF" TO F ELSE STOP
WRITE "one" ON F, "K"
WRITE "two" TO F, "K"
READ R FROM F, "K" THEN PRINT "overwritten: ":R
WRITE 007 ON F, "N"
READ R FROM F, "N" THEN PRINT "number: ":R
WRITE "x" ON F, "with space" ON ERROR PRINT "error"
READ R FROM F, "with space" THEN PRINT "id with space: ":R
WRITE "v":@VM:"w":@SM:"s" ON F, "MARKS"
READ R FROM F, "MARKS" THEN PRINT "marks: ":CONVERT(@VM:@SM, "]\", R)
PRINT "done"
