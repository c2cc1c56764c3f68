* OCONV T(file) of a missing DICT file and a code chain that stops at a missing record
CRT "[" : OCONV("K1", "T*NOFILE;X;;1") : "] " : STATUS()
CRT "[" : OCONV("K1", "TDICT NOFILE;X;;1") : "] " : STATUS()
EXECUTE "CREATE.FILE TCF3 DIRECTORY" CAPTURING JUNK
CRT "[" : OCONV("K1", "TTCF3;C;;1" : @VM : "MCL") : "] " : STATUS()
CRT "[" : OCONV("k1", "MCU" : @VM : "TTCF3;C;;1") : "] " : STATUS()
CRT "done"
