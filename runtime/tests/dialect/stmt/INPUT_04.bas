* SUPPORT: ST.READER
* INPUT at the end of input inside an EXECUTEd program ends the whole process
EXECUTE "BASIC BP ST.READER" CAPTURING JUNK
PRINT "parent"
EXECUTE "RUN BP ST.READER"
PRINT "not reached"
