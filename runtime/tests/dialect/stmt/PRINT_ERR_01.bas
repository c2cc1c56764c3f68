* PRINT starting with a comma
PRINT ,"leading comma"
PRINT "done"
END
