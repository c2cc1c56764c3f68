* GOSUB with no label
GOSUB
PRINT "done"
END
