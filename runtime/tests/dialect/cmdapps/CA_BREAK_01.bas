* LIST with control breaks: BREAK.ON one and two fields with TOTAL, the break lines
* (** and the underlines, the break values, the blank lines), BY sorting, two breaks
* without totals, a break text in place of **, GRAND.TOTAL text, a right-justified break
EXECUTE "CREATE.FILE SALES" CAPTURING JUNK
OPEN "SALES" TO SF ELSE STOP "no SALES"
OPEN "DICT", "SALES" TO SD ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"Region":@FM:"8L":@FM:"S" ON SD, "REGION"
WRITE "D":@FM:2:@FM:"":@FM:"Rep":@FM:"8L":@FM:"S" ON SD, "REP"
WRITE "D":@FM:3:@FM:"MD2":@FM:"Amount":@FM:"10R":@FM:"S" ON SD, "AMT"
WRITE "D":@FM:4:@FM:"":@FM:"Qty":@FM:"5R":@FM:"S" ON SD, "QTY"
RECS = "North]ann]125050]3"
RECS<-1> = "South]bob]9900]1"
RECS<-1> = "North]cal]30000]2"
RECS<-1> = "East]dee]45075]10"
RECS<-1> = "South]ann]1]4"
RECS<-1> = "North]ann]2500]5"
RECS<-1> = "East]eve]100000]6"
FOR I = 1 TO DCOUNT(RECS, @FM)
   R = RECS<I>
   CONVERT "]" TO @FM IN R
   WRITE R ON SF, "S":FMT(I, "R%3")
NEXT I
WRITE "D":@FM:1:@FM:"":@FM:"Reg":@FM:"6R":@FM:"S" ON SD, "RREG"
S = ""
S<-1> = "LIST SALES BY REGION BREAK.ON REGION TOTAL AMT"
S<-1> = "LIST SALES BY REGION BY REP BREAK.ON REGION BREAK.ON REP TOTAL AMT TOTAL QTY"
S<-1> = "LIST SALES BY REGION BY REP BREAK.ON REGION BREAK.ON REP"
S<-1> = "LIST SALES BY REGION BREAK.ON 'Sub' REGION TOTAL QTY GRAND.TOTAL 'All'"
S<-1> = "LIST SALES BY RREG BREAK.ON RREG TOTAL QTY ID.SUP HDR.SUP"
S<-1> = "LIST SALES BY REGION REP BREAK.ON REGION AMT ID.SUP"
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
