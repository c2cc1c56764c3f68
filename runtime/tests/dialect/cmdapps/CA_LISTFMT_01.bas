* LIST columns narrower than their values: FMT folds text onto more lines (L cuts at the
* width, T at words, R numbers), with BREAK.ON and TOTAL lines in the same columns
EXECUTE "CREATE.FILE LF" CAPTURING JUNK
OPEN "LF" TO F ELSE STOP
OPEN "DICT", "LF" TO D ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"Name":@FM:"5L":@FM:"S" ON D, "NM"
WRITE "D":@FM:2:@FM:"":@FM:"N":@FM:"3R":@FM:"S" ON D, "N"
WRITE "D":@FM:1:@FM:"":@FM:"Txt":@FM:"6T":@FM:"S" ON D, "TX"
WRITE "D":@FM:3:@FM:"":@FM:"Group":@FM:"4L":@FM:"S" ON D, "GRP"
WRITE "Hello World":@FM:123456:@FM:"alpha" ON F, "K1"
WRITE "Hi":@FM:7:@FM:"alpha" ON F, "K2"
WRITE "Good day to you":@FM:999:@FM:"beta" ON F, "K3"
S = "LIST LF NM N TX"
S<-1> = "LIST LF BY GRP BREAK.ON GRP TOTAL N TX"
FOR I = 1 TO DCOUNT(S, @FM)
   EXECUTE S<I> CAPTURING OUT
   PRINT "== ":S<I>
   FOR J = 1 TO DCOUNT(OUT, @FM)
      L = OUT<J>
      IF INDEX(L, "Page", 1) THEN CONTINUE
      PRINT "[":L:"]"
   NEXT J
NEXT I
PRINT "done"
