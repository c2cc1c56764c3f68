* SUPPORT: ST.READER
* INPUT at the end of input in a captured EXECUTE: the process ends, nothing more is shown
EXECUTE "BASIC BP ST.READER" CAPTURING JUNK
PRINT "parent"
EXECUTE "RUN BP ST.READER" CAPTURING OUT
PRINT "not reached ":OUT
