* LIST HEADING / FOOTING (page number, date, new lines, with HDR.SUP and
* COL.HDR.SUPP, the first of two wins, on an empty file, footing at the
* page's end), the default heading's width, and field modifiers COL.HDG
* (with 'L' lines, empty), FMT (narrower than the value, without width)
* and CONV (replacing and adding a conversion, with FMT)
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
FOR I = 1 TO DCOUNT(RECS, @FM)
   R = RECS<I>
   CONVERT "]" TO @FM IN R
   WRITE R ON SF, "S":FMT(I, "R%3")
NEXT I
EXECUTE "CREATE.FILE EMPTYF" CAPTURING JUNK
Q = '"'
TODAY = OCONV(DATE(), "D")
S = "LIST SALES REGION HEADING 'Sales report'"
S<-1> = "LIST SALES REGION HEADING ":Q:"Sales page 'P' of x'L'second":Q
S<-1> = "LIST SALES REGION HEADING ":Q:"Pg 'PL'":Q:" ID.SUP"
S<-1> = "LIST SALES REGION HEADING ":Q:"Pg 'S' 'P3' Z":Q:" HDR.SUP"
S<-1> = "LIST SALES REGION HEADING ":Q:"Pg 'S' ''quoted'' Z":Q:" COL.HDR.SUPP"
S<-1> = "LIST SALES REGION HEADING ":Q:"On 'D' ok":Q
S<-1> = "LIST SALES REGION HEADING 'Sales' HEADING 'Two'"
S<-1> = "SORT SALES BY REGION REGION QTY HEADING 'Sorted'"
S<-1> = "LIST SALES HEADING 'x'"
S<-1> = "LIST EMPTYF HEADING 'H' FOOTING 'F'"
S<-1> = "LIST SALES REGION COL.HDG 'Area' REP AMT COL.HDG 'Money' HDR.SUP"
S<-1> = "LIST SALES REGION COL.HDG ":Q:"Area'L'Sub":Q:" QTY HDR.SUP"
S<-1> = "LIST SALES REGION COL.HDG ":Q:"Areaxxxxxxxxxx":Q:" REP COL.HDG '' HDR.SUP"
S<-1> = "LIST SALES AMT FMT '4R' REP FMT '2L' QTY FMT 'R2' HDR.SUP"
S<-1> = "LIST SALES REGION FMT '12R' AMT FMT '5L' HDR.SUP"
S<-1> = "LIST SALES AMT CONV 'MD0' QTY CONV 'MD1' HDR.SUP"
S<-1> = "LIST SALES AMT CONV 'MD2,$' FMT '12R' REGION CONV 'MCU' HDR.SUP"
S<-1> = "LIST SALES QTY CONV 'MD1' COL.HDG 'Q' FMT '7R' REGION HDR.SUP"
FOR I = 1 TO DCOUNT(S, @FM)
   EXECUTE S<I> CAPTURING OUT
   PRINT "== ":S<I>
   FOR J = 1 TO DCOUNT(OUT, @FM)
      L = CHANGE(OUT<J>, TODAY, "<today>")
      PRINT "[":L:"]"
   NEXT J
NEXT I
* the default heading: the sentence, Page 1 at the display's right margin
EXECUTE "LIST SALES REGION" CAPTURING OUT
L = OUT<1>
PRINT LEN(L):" [":L[1,30]:"] [":L[LEN(L)-9,10]:"]"
* a footing ends the page: blank lines up to it
F = "LIST SALES REGION FOOTING ":Q:"Foot 'PL'two":Q
F<-1> = "LIST SALES REGION FOOTING 'F' HEADING ":Q:"H1'L'H2":Q
F<-1> = "LIST SALES REGION FOOTING 'F' HDR.SUP"
FOR I = 1 TO DCOUNT(F, @FM)
   EXECUTE F<I> CAPTURING OUT
   N = DCOUNT(OUT, @FM)
   PRINT "== ":F<I>:" ":N
   FOR J = 2 TO N
      IF J > 10 AND J < N - 2 THEN CONTINUE
      PRINT J:"[":OUT<J>:"]"
   NEXT J
NEXT I
* misplaced words
EXECUTE "LIST SALES REGION HEADING" CAPTURING OUT
PRINT "[":OUT:"]"
EXECUTE "LIST SALES REGION COL.HDG" CAPTURING OUT
PRINT "[":OUT:"]"
PRINT "done"
