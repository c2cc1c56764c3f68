* VOC records run as commands: S (sentence), PA (paragraph with an argument), K and V records exist
EXECUTE "CREATE.FILE CUST DIRECTORY" CAPTURING JUNK
OPEN "CUST" TO F ELSE STOP
WRITE "x" ON F, "C1"
WRITE "y" ON F, "C2"
OPEN "VOC" TO V ELSE STOP
WRITE "S":@FM:"COUNT CUST" ON V, "HOWMANY"
EXECUTE "HOWMANY" CAPTURING OUT
PRINT "sentence: ":OUT<1>
WRITE "PA":@FM:"DISPLAY first <<I2,Word>>":@FM:"DISPLAY then <<I3,Word>>" ON V, "SHOW.ARGS"
EXECUTE "SHOW.ARGS apple pear" CAPTURING OUT
PRINT "paragraph: ":CONVERT(@FM, "|", OUT)
READ R FROM V, "RUN" THEN PRINT "RUN is a V record: ":R<1>:" ":R<2>
READ R FROM V, "WITH" THEN PRINT "WITH is a K record: ":R<1>
READ R FROM V, "LIST" THEN PRINT "LIST is a V record: ":R<1>
PRINT "done"
