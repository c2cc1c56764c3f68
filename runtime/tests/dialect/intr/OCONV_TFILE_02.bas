* OCONV/ICONV T(file) translation: value position, DICT and quoted names, codes I/O/V/N/C, chains, fields 0 and -1
EXECUTE "CREATE.FILE TCF DIRECTORY" CAPTURING JUNK
OPEN "TCF" TO F ELSE STOP "no file"
OPEN "DICT", "TCF" TO D ELSE STOP "no dict"
WRITE "Name1":@FM:"A1":@VM:"A2":@SM:"A3":@FM:"x" TO F, "K1"
WRITE "D":@FM:"7" TO D, "DK"
CRT "[" : OCONV("K1", "TTCF;X;;2") : "] " : STATUS()
CRT "[" : OCONV("K1", "TTCF;X2;;2") : "] " : STATUS()
CRT "[" : OCONV("K1", "TTCF;X3;;2") : "] " : STATUS()
CRT "[" : OCONV("K1", "TTCF;X;2;") : "] " : STATUS()
CRT "[" : OCONV("K1", "T TCF;X;;1") : "] " : STATUS()
CRT "[" : OCONV("DK", "T*TCF;X;;2") : "] " : STATUS()
CRT "[" : OCONV("DK", "TDICT TCF;X;;2") : "] " : STATUS()
CRT "[" : OCONV("K1", 'T"TCF";X;;1') : "] " : STATUS()
CRT "[" : OCONV("K9", "TTCF;I;;1") : "] " : STATUS()
CRT "[" : OCONV("K9", "TTCF;O;;1") : "] " : STATUS()
CRT "[" : OCONV("K9", "TTCF;V;;1") : "] " : STATUS()
CRT "[" : OCONV("K9", "TTCF;N;;1") : "] " : STATUS()
CRT "[" : OCONV("K1":@VM:"K9", "TTCF;C;;1") : "] " : STATUS()
CRT "[" : ICONV("K1", "TTCF;X;1;2") : "] " : STATUS()
CRT "[" : ICONV("K9", "TTCF;X;1;2") : "] " : STATUS()
CRT "[" : ICONV("K9", "TTCF;C;1;2") : "] " : STATUS()
CRT "[" : OCONV("K1", "TTCF;X;;1":@VM:"MCU") : "] " : STATUS()
CRT "[" : OCONV("K9", "TTCF;X;;1":@VM:"MCU") : "] " : STATUS()
CRT "[" : OCONV("K1", "TTCF;X;;0") : "] " : STATUS()
CRT "[" : OCONV("K1", "TTCF;X;;-1") : "] " : STATUS()
CRT "[" : OCONV("K1", "TTCF;X") : "] " : STATUS()
CRT "[" : OCONV("K1", "TTCF;") : "] " : STATUS()
CRT "done"
