* CREATE.FILE statement: an existing directory is no error, parents are made, DYNAMIC files, an empty name takes ON ERROR (3002)
CREATE.FILE "WD" DIRECTORY ON ERROR PRINT "error ":STATUS()
CREATE.FILE "WD" DIRECTORY ON ERROR PRINT "exists: error ":STATUS()
PRINT "after exists: ":STATUS()
CREATE.FILE "nodir/WD" DIRECTORY ON ERROR PRINT "no parent: error ":STATUS()
OPENPATH "nodir/WD" TO F THEN PRINT "nested made" ELSE PRINT "nested not made ":STATUS()
CREATE.FILE "" DIRECTORY ON ERROR PRINT "empty: error ":STATUS()
CREATE.FILE "DH1" DYNAMIC GROUP.SIZE 2 MIN.MODULUS 5 ON ERROR PRINT "dyn error ":STATUS()
PRINT "dyn status ":STATUS()
OPENPATH "DH1" TO F THEN
   WRITE "v" ON F, "k"
   READ R FROM F, "k" THEN PRINT "dynamic file holds ":R
END
CREATE.FILE "DH1" DYNAMIC ON ERROR PRINT "dyn again error ":STATUS()
PATH = "WD2"
CREATE.FILE PATH DIRECTORY
OPENPATH PATH TO F THEN PRINT "no clause needed"
PRINT "done"
