* RTRANS / TRANS / XLATE from a file
EXECUTE "CREATE.FILE TRF DIRECTORY" CAPTURING JUNK
OPEN "TRF" TO F ELSE STOP "no file"
WRITE "Alpha":@FM:"a1":@VM:"a2":@FM:"x" TO F, "K1"
CRT TRANS("TRF", "K1", 1, "X") : "|" : XLATE("TRF", "K1", 1, "X") : "|" : RTRANS("TRF", "K1", 1, "X")
CRT CONVERT(@FM:@VM:@SM, "^]\", TRANS("TRF", "K1", 2, "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", TRANS("TRF", "K1", -1, "X"))
CRT CONVERT(@FM:@VM:@SM, "^]\", TRANS("TRF", "K1", 0, "X"))
CRT "[" : TRANS("TRF", "NOKEY", 1, "X") : "] status=" : STATUS()
CRT "[" : TRANS("TRF", "NOKEY", 1, "C") : "] status=" : STATUS()
CRT "[" : TRANS("TRF", "NOKEY", 0, "C") : "]"
CRT "[" : TRANS("TRF", "K1", 1, "V") : "]"
CRT CONVERT(@FM:@VM:@SM, "^]\", TRANS("TRF", "K1":@VM:"NOKEY":@VM:"K1", 1, "X"))
CRT "done"
