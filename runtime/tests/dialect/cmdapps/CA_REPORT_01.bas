* Sales report with control breaks: SSELECT BY REGION BY REP, running subtotals when the
* region changes, grand total, FMT masks and OCONV MD2 with commas
EXECUTE "CREATE.FILE SALES" CAPTURING JUNK
OPEN "SALES" TO SF ELSE STOP "no SALES"
OPEN "DICT", "SALES" TO SD ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"Region":@FM:"8L":@FM:"S" ON SD, "REGION"
WRITE "D":@FM:2:@FM:"":@FM:"Rep":@FM:"8L":@FM:"S" ON SD, "REP"
WRITE "D":@FM:3:@FM:"MD2":@FM:"Amount":@FM:"10R":@FM:"S" ON SD, "AMT"
RECS = "North]ann]125050"
RECS<-1> = "South]bob]9900"
RECS<-1> = "North]cal]30000"
RECS<-1> = "East]dee]45075"
RECS<-1> = "South]ann]1"
RECS<-1> = "North]ann]2500"
RECS<-1> = "East]eve]100000"
FOR I = 1 TO DCOUNT(RECS, @FM)
   R = RECS<I>
   CONVERT "]" TO @FM IN R
   WRITE R ON SF, "S":FMT(I, "R%3")
NEXT I
EXECUTE "SSELECT SALES BY REGION BY REP BY.DSND AMT" CAPTURING OUT
PRINT FMT("Region", "8L"):FMT("Rep", "6L"):FMT("Amount", "12R")
PRINT STR("=", 26)
LAST.REGION = "" ; SUB = 0 ; GRAND = 0 ; LINES = 0 ; FIRST = @TRUE
LOOP
   READNEXT ID ELSE EXIT
   READ R FROM SF, ID ELSE CONTINUE
   IF NOT(FIRST) AND R<1> # LAST.REGION THEN GOSUB BREAK
   FIRST = @FALSE
   SHOW.REGION = IF R<1> = LAST.REGION THEN "" ELSE R<1>
   LAST.REGION = R<1>
   PRINT FMT(SHOW.REGION, "8L"):FMT(R<2>, "6L"):FMT(OCONV(R<3>, "MD2,"), "12R")
   SUB += R<3> ; GRAND += R<3> ; LINES += 1
REPEAT
IF NOT(FIRST) THEN GOSUB BREAK
PRINT STR("=", 26)
PRINT FMT("Total", "14L"):FMT(OCONV(GRAND, "MD2,$"), "12R")
PRINT LINES:" lines, average ":OCONV(INT(GRAND / LINES + 0.5), "MD2")
* The same totals from the query language
EXECUTE "LIST SALES BY REGION BREAK.ON REGION TOTAL AMT ID.SUP" CAPTURING OUT
N = 0
FOR I = 1 TO DCOUNT(OUT, @FM)
   L = TRIM(OUT<I>)
   IF L = "" OR INDEX(L, "Page", 1) THEN CONTINUE
   N += 1
   CONVERT "*" TO "#" IN L
   PRINT "list ":N:": ":L
NEXT I
PRINT "done"
STOP
BREAK:
   PRINT FMT("", "14L"):FMT("--------", "12R")
   PRINT FMT(LAST.REGION:" total", "14L"):FMT(OCONV(SUB, "MD2,"), "12R")
   PRINT
   SUB = 0
   RETURN
END
