* WITH on items with conversions: the literal is converted to internal form (ICONV)
* for = # < >, while LIKE matches the converted (OCONV) data; single-valued items
* are compared whole, multivalued ones value by value
EXECUTE "CREATE.FILE T" CAPTURING JUNK
OPEN "T" TO F ELSE STOP
OPEN "DICT", "T" TO D ELSE STOP
WRITE "D":@FM:1:@FM:"MD2":@FM:"Amt":@FM:"8R":@FM:"S" ON D, "AMT"
WRITE "D":@FM:2:@FM:"MCU":@FM:"St":@FM:"6L":@FM:"S" ON D, "ST"
WRITE "D":@FM:3:@FM:"":@FM:"One":@FM:"6L":@FM:"S" ON D, "ONE"
WRITE "D":@FM:3:@FM:"":@FM:"Many":@FM:"6L":@FM:"M" ON D, "MANY"
WRITE "D":@FM:4:@FM:"D2/":@FM:"Date":@FM:"8R":@FM:"S" ON D, "DT"
WRITE 1250:@FM:"open":@FM:"a":@VM:"b":@FM:ICONV("03/15/24", "D2/") ON F, "1"
WRITE 99:@FM:"OPEN":@FM:"b":@FM:ICONV("12/01/23", "D2/") ON F, "2"
Q = "SELECT T WITH AMT > 10"
Q<-1> = "SELECT T WITH AMT = 12.50"
Q<-1> = "SELECT T WITH AMT < 1"
Q<-1> = "SELECT T WITH ST = 'open'"
Q<-1> = "SELECT T WITH ST = 'OPEN'"
Q<-1> = "SELECT T WITH ST LIKE 'OP...'"
Q<-1> = "SELECT T WITH ST LIKE 'op...'"
Q<-1> = "SELECT T WITH ONE = 'b'"
Q<-1> = "SELECT T WITH MANY = 'b'"
Q<-1> = "SELECT T WITH DT > '01/01/24'"
Q<-1> = "SELECT T WITH DT LIKE '12...'"
Q<-1> = "SELECT T WITH @ID LIKE '1N'"
FOR I = 1 TO DCOUNT(Q, @FM)
   EXECUTE Q<I> CAPTURING OUT
   IDS = ""
   LOOP
      READNEXT ID ELSE EXIT
      IDS := " ":ID
   REPEAT
   PRINT Q<I>:" ->":IDS
NEXT I
PRINT "done"
