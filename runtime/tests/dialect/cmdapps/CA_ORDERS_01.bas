* Order file: dictionary with D- and I-types (MD2, D2/, MCU conversions), records loaded
* with WRITE, then SSELECT with WITH conditions and BY, a READNEXT loop and a LIST
EXECUTE "CREATE.FILE ORDERS" CAPTURING JUNK
OPEN "ORDERS" TO ORD.F ELSE STOP "no ORDERS"
OPEN "DICT", "ORDERS" TO ORD.D ELSE STOP "no DICT ORDERS"
* Dictionary
WRITE "D":@FM:1:@FM:"":@FM:"Customer":@FM:"12L":@FM:"S" ON ORD.D, "CUST"
WRITE "D":@FM:2:@FM:"D2/":@FM:"Date":@FM:"10R":@FM:"S" ON ORD.D, "ODATE"
WRITE "D":@FM:3:@FM:"":@FM:"Qty":@FM:"5R":@FM:"S" ON ORD.D, "QTY"
WRITE "D":@FM:4:@FM:"MD2":@FM:"Price":@FM:"9R":@FM:"S" ON ORD.D, "PRICE"
WRITE "D":@FM:5:@FM:"MCU":@FM:"Status":@FM:"6L":@FM:"S" ON ORD.D, "STATUS"
WRITE "I":@FM:"QTY * PRICE":@FM:"MD2":@FM:"Total":@FM:"10R":@FM:"S" ON ORD.D, "TOTAL"
WRITE "I":@FM:"CUST[1,3]":@FM:"MCU":@FM:"Key":@FM:"4L":@FM:"S" ON ORD.D, "CKEY"
* Data: dates are internal (day numbers), prices in cents
BASE = ICONV("01/03/2024", "D2/")
DATA.IDS = "1001":@FM:"1002":@FM:"1003":@FM:"1004":@FM:"1005":@FM:"1006"
CUSTS = "acme":@FM:"bolt":@FM:"acme":@FM:"crane":@FM:"bolt":@FM:"acme"
QTYS = 5:@FM:12:@FM:1:@FM:40:@FM:3:@FM:7
PRICES = 1250:@FM:99:@FM:150000:@FM:250:@FM:1999:@FM:500
STATS = "open":@FM:"shipped":@FM:"open":@FM:"hold":@FM:"shipped":@FM:"open"
FOR I = 1 TO DCOUNT(DATA.IDS, @FM)
   REC = ""
   REC<1> = CUSTS<I>
   REC<2> = BASE + I * 3
   REC<3> = QTYS<I>
   REC<4> = PRICES<I>
   REC<5> = STATS<I>
   WRITE REC ON ORD.F, DATA.IDS<I>
NEXT I
* Orders still open, biggest total first
EXECUTE "SSELECT ORDERS WITH STATUS = 'open'" CAPTURING OUT
PRINT "lower case: ":@SELECTED
EXECUTE "SSELECT ORDERS WITH STATUS = 'OPEN'" CAPTURING OUT
PRINT "upper case: ":@SELECTED
EXECUTE "SSELECT ORDERS WITH STATUS LIKE 'OP...' BY.DSND TOTAL" CAPTURING OUT
PRINT "selected: ":@SELECTED
GRAND = 0
LOOP
   READNEXT ID ELSE EXIT
   READ REC FROM ORD.F, ID ELSE PRINT "missing ":ID ; CONTINUE
   T = REC<3> * REC<4>
   GRAND += T
   PRINT ID "L#6":OCONV(REC<1>, "MCT") "L#8":OCONV(REC<2>, "D2/") "R#10":OCONV(T, "MD2") "R#12"
REPEAT
PRINT "open total ":OCONV(GRAND, "MD2,")
* I-type in the condition and a range on a D-type
EXECUTE "SELECT ORDERS WITH TOTAL > 100 AND QTY < 10" CAPTURING OUT
IDS = ""
LOOP
   READNEXT ID ELSE EXIT
   IDS<-1> = ID
REPEAT
PRINT "big small orders: ":CONVERT(@FM, ",", IDS)
EXECUTE "SSELECT ORDERS WITH CKEY = 'ACM' BY @ID" CAPTURING OUT
PRINT "ACM: ":@SELECTED
EXECUTE "SSELECT ORDERS WITH CKEY = 'acm' BY @ID" CAPTURING OUT
IDS = ""
LOOP
   READNEXT ID ELSE EXIT
   IDS := ID:" "
REPEAT
PRINT "acme: ":IDS
* LIST with converted columns; keep only the detail lines
EXECUTE "LIST ORDERS CUST QTY PRICE TOTAL BY @ID ID.SUP NO.PAGE" CAPTURING OUT
FOR I = 1 TO DCOUNT(OUT, @FM)
   L = TRIM(OUT<I>)
   IF INDEX(L, "Page", 1) = 0 AND L # "" THEN PRINT "[":L:"]"
NEXT I
PRINT "done"
