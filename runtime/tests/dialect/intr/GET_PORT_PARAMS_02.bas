* GET.PORT.PARAMS / SET.PORT.PARAMS on files that are not ports: a file
* opened with OPEN gives STATUS() 3013, a sequential file 3027; settings
* longer than 256 bytes give 1002 before the file is looked at
EXECUTE "CREATE.FILE PPF" CAPTURING JUNK
OPEN "PPF" TO F ELSE STOP "no PPF"
P = GET.PORT.PARAMS(F)
CRT "hash get=[" : P : "] status=" : STATUS()
R = SET.PORT.PARAMS(F, "x":@FM:"9600":@FM:"0":@FM:"8":@FM:"1")
CRT "hash set=[" : R : "] status=" : STATUS()
EXECUTE "CREATE.FILE PPD DIRECTORY" CAPTURING JUNK
OPENSEQ "PPD", "S1" TO S ELSE NULL
P = GET.PORT.PARAMS(S)
CRT "seq get=[" : P : "] status=" : STATUS()
R = SET.PORT.PARAMS(S, "")
CRT "seq set=[" : R : "] status=" : STATUS()
X = 5
R = SET.PORT.PARAMS(X, STR("A", 300))
CRT "long settings=[" : R : "] status=" : STATUS()
R = SET.PORT.PARAMS(S, STR("A", 256))
CRT "256 bytes=[" : R : "] status=" : STATUS()
CLOSESEQ S
CLOSE F
CRT "done"
