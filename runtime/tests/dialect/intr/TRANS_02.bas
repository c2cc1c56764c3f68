* TRANS: empty fields with codes C and V, code N, ids split on any mark, empty ids, STATUS() kept after a found record
EXECUTE "CREATE.FILE TCF DIRECTORY" CAPTURING JUNK
OPEN "TCF" TO F ELSE STOP "no file"
WRITE "Name1":@FM:"":@FM:"z" TO F, "K1"
WRITE "Name2" TO F, "K2"
CRT "[" : TRANS("TCF", "K1", 2, "C") : "] " : STATUS()
CRT "[" : TRANS("TCF", "K1", 2, "V") : "] " : STATUS()
CRT "[" : TRANS("TCF", "K9", 1, "N") : "] " : STATUS()
CRT "[" : TRANS("TCF", "K1", 2, "X") : "] " : STATUS()
CRT "[" : CONVERT(@FM:@VM:@SM, "^]\", TRANS("TCF", "K1":@FM:"K2":@SM:"K9", 1, "C")) : "] " : STATUS()
CRT "[" : CONVERT(@VM, "]", TRANS("TCF", "K1":@VM:"":@VM:"K2", 1, "C")) : "] " : STATUS()
CRT "[" : CONVERT(@VM, "]", TRANS("TCF", "":@VM:"", 1, "V")) : "] " : STATUS()
OPEN "NOPE" TO G ELSE CRT "open " : STATUS()
CRT "[" : TRANS("TCF", "K2", 1, "X") : "] " : STATUS()
CRT "[" : TRANS("NOPE", "K2", 1, "X") : "] " : STATUS()
CRT "[" : TRANS("DICT NOPE", "K2", 1, "X") : "] " : STATUS()
CRT "done"
