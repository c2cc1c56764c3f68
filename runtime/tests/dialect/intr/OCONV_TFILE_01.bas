* OCONV T(file) translation code
EXECUTE "CREATE.FILE TCF DIRECTORY" CAPTURING JUNK
OPEN "TCF" TO F ELSE STOP "no file"
WRITE "Name1":@FM:"Addr1" TO F, "K1"
CRT "[" : OCONV("K1", "TTCF;X;1;1") : "] " : STATUS()
CRT "[" : OCONV("K1", "TTCF;X;2;2") : "] " : STATUS()
CRT "[" : OCONV("K9", "TTCF;X;1;1") : "] " : STATUS()
CRT "[" : OCONV("K9", "TTCF;C;1;1") : "] " : STATUS()
CRT "[" : OCONV("K1", "TNOFILE;X;1;1") : "] " : STATUS()
CRT "done"
