* SUPPORT: ST.READER
* EXECUTE of several commands separated by field marks; DATA passed to an executed program
EXECUTE "BASIC BP ST.READER" CAPTURING JUNK
EXECUTE "CREATE.FILE E1 DIRECTORY":@FM:"CREATE.FILE E2 DIRECTORY" CAPTURING OUT
PRINT "lines: ":DCOUNT(OUT, @FM)
OPEN "E2" TO F THEN PRINT "second command ran" ELSE PRINT "second command did not run"
DATA "from parent"
EXECUTE "RUN BP ST.READER" CAPTURING OUT
PRINT "child said: ":CONVERT(@FM, "|", OUT)
PRINT "done"
