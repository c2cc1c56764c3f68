* Order lines priced from a product file: TRANS / XLATE with the C, X and V codes,
* an I-type dictionary item using TRANS, several ids at once, missing records
EXECUTE "CREATE.FILE PRODUCTS" CAPTURING JUNK
EXECUTE "CREATE.FILE OLINES" CAPTURING JUNK
OPEN "PRODUCTS" TO PF ELSE STOP
OPEN "OLINES" TO LF ELSE STOP
WRITE "Hammer":@FM:1299:@FM:"tools" ON PF, "P1"
WRITE "Nails (100)":@FM:450:@FM:"fixings" ON PF, "P2"
WRITE "Saw":@FM:2450:@FM:"tools":@VM:"sale" ON PF, "P3"
WRITE "P1":@FM:2 ON LF, "L1"
WRITE "P2":@FM:10 ON LF, "L2"
WRITE "P9":@FM:1 ON LF, "L3"
WRITE "P3":@FM:1 ON LF, "L4"
PRINT "name: ":TRANS("PRODUCTS", "P1", 1, "X")
PRINT "missing X: [":TRANS("PRODUCTS", "P9", 1, "X"):"]"
PRINT "missing C: [":TRANS("PRODUCTS", "P9", 1, "C"):"]"
PRINT "whole record: ":CONVERT(@FM:@VM, "^]", TRANS("PRODUCTS", "P3", -1, "X"))
PRINT "several: ":CONVERT(@VM, "|", XLATE("PRODUCTS", "P1":@VM:"P9":@VM:"P2", 1, "X"))
PRINT "several C: ":CONVERT(@VM, "|", XLATE("PRODUCTS", "P1":@VM:"P9", 1, "C"))
PRINT "multivalued field: ":CONVERT(@VM, "|", TRANS("PRODUCTS", "P3", 3, "X"))
PRINT "field 0: ":TRANS("PRODUCTS", "P2", 0, "X")
OPEN "DICT", "OLINES" TO LD ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"Prod":@FM:"5L":@FM:"S" ON LD, "PROD"
WRITE "D":@FM:2:@FM:"":@FM:"Qty":@FM:"4R":@FM:"S" ON LD, "QTY"
WRITE "I":@FM:'TRANS("PRODUCTS", PROD, 1, "X")':@FM:"":@FM:"Name":@FM:"12L":@FM:"S" ON LD, "PNAME"
WRITE "I":@FM:'TRANS("PRODUCTS", PROD, 2, "X") * QTY':@FM:"MD2":@FM:"Value":@FM:"9R":@FM:"S" ON LD, "VALUE"
EXECUTE "SSELECT OLINES BY.DSND VALUE" CAPTURING OUT
LOOP
   READNEXT ID ELSE EXIT
   READ R FROM LF, ID ELSE CONTINUE
   NM = TRANS("PRODUCTS", R<1>, 1, "X")
   PRICE = TRANS("PRODUCTS", R<1>, 2, "X")
   IF NM = "" THEN NM = "?":R<1>
   PRINT ID "L#4":NM "L#14":R<2> "R#4":OCONV(PRICE * R<2>, "MD2") "R#10"
REPEAT
EXECUTE "LIST OLINES PNAME VALUE BY @ID ID.SUP" CAPTURING OUT
FOR I = 1 TO DCOUNT(OUT, @FM)
   L = TRIM(OUT<I>)
   IF L # "" AND INDEX(L, "Page", 1) = 0 THEN PRINT "[":L:"]"
NEXT I
EXECUTE "SSELECT OLINES WITH PNAME LIKE 'N...'" CAPTURING OUT
READNEXT ID THEN PRINT "nails line: ":ID
CLEARSELECT
PRINT "done"
