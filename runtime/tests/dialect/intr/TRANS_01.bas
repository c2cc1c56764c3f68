* TRANS with a missing file and code V on a missing record
CRT "[" : TRANS("NO.SUCH.FILE.T", "K1", 1, "X") : "] status=" : STATUS()
EXECUTE "CREATE.FILE TRF2 DIRECTORY" CAPTURING JUNK
CRT "before"
CRT "[" : TRANS("TRF2", "NOKEY", 1, "V") : "]"
CRT "done"
