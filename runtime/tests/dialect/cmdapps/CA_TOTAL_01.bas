* LIST TOTAL: grand totals without breaks of a number field, an MD2 field, a multivalued
* field with a non-numeric value, an I-type, decimals; empty files; counting per group with
* an I-type of 1 and DET.SUP; a dictionary item named TOTAL is a column, not the keyword
EXECUTE "CREATE.FILE SALES" CAPTURING JUNK
OPEN "SALES" TO SF ELSE STOP "no SALES"
OPEN "DICT", "SALES" TO SD ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"Region":@FM:"8L":@FM:"S" ON SD, "REGION"
WRITE "D":@FM:2:@FM:"":@FM:"Rep":@FM:"8L":@FM:"S" ON SD, "REP"
WRITE "D":@FM:3:@FM:"MD2":@FM:"Amount":@FM:"10R":@FM:"S" ON SD, "AMT"
WRITE "D":@FM:4:@FM:"":@FM:"Qty":@FM:"5R":@FM:"S" ON SD, "QTY"
WRITE "D":@FM:5:@FM:"":@FM:"Tags":@FM:"6R":@FM:"M" ON SD, "TAGS"
WRITE "D":@FM:6:@FM:"":@FM:"Rate":@FM:"6R":@FM:"S" ON SD, "RATE"
WRITE "I":@FM:"QTY * 2":@FM:"":@FM:"Dbl":@FM:"5R":@FM:"S" ON SD, "DBL"
WRITE "I":@FM:"1":@FM:"":@FM:"Count":@FM:"5R":@FM:"S" ON SD, "ONE"
RECS = "North]ann]125050]3]1|2|q]0.1"
RECS<-1> = "South]bob]9900]1]10]0.2"
RECS<-1> = "North]cal]30000]2]]-1.25"
RECS<-1> = "East]dee]45075]10]]"
RECS<-1> = "South]ann]1]4]3]x"
RECS<-1> = "North]ann]2500]5]]"
RECS<-1> = "East]eve]100000]6]]2.5"
FOR I = 1 TO DCOUNT(RECS, @FM)
   R = RECS<I>
   CONVERT "]|" TO @FM:@VM IN R
   WRITE R ON SF, "S":FMT(I, "R%3")
NEXT I
EXECUTE "CREATE.FILE ORD" CAPTURING JUNK
OPEN "ORD" TO OF ELSE STOP
OPEN "DICT", "ORD" TO OD ELSE STOP
WRITE "D":@FM:1:@FM:"MD2":@FM:"Price":@FM:"8R":@FM:"S" ON OD, "PRICE"
WRITE "D":@FM:2:@FM:"":@FM:"Qty":@FM:"4R":@FM:"S" ON OD, "QTY"
WRITE "I":@FM:"PRICE * QTY":@FM:"MD2,":@FM:"Total":@FM:"12R":@FM:"S" ON OD, "TOTAL"
WRITE 1999:@FM:3 ON OF, "A1"
WRITE 250000:@FM:2 ON OF, "A2"
WRITE 5:@FM:7 ON OF, "A3"
EXECUTE "CREATE.FILE EMPTYF" CAPTURING JUNK
OPEN "DICT", "EMPTYF" TO ED ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"A":@FM:"5L":@FM:"S" ON ED, "A"
WRITE "D":@FM:2:@FM:"":@FM:"B":@FM:"5R":@FM:"S" ON ED, "B"
S = ""
S<-1> = "LIST SALES TOTAL QTY TOTAL AMT"
S<-1> = "LIST SALES TOTAL TAGS TOTAL RATE TOTAL DBL"
S<-1> = "LIST SALES BY REGION BREAK.ON REGION TOTAL ONE DET.SUP"
S<-1> = "LIST SALES BY REGION BREAK.ON REGION TOTAL RATE ID.SUP"
S<-1> = "LIST ORD PRICE QTY TOTAL"
S<-1> = "LIST ORD TOTAL QTY"
S<-1> = "LIST EMPTYF BREAK.ON A TOTAL B"
S<-1> = "LIST EMPTYF TOTAL B"
S<-1> = "LIST EMPTYF A B"
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
