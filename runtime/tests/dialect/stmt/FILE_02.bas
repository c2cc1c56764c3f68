* FILE statement: two files in one statement, A/S items, field name case, FILE(FIELD)<v>,
* and the compile errors for bad dictionary items and files
EXECUTE "CREATE.FILE CUST" CAPTURING JUNK
EXECUTE "CREATE.FILE ORDS" CAPTURING JUNK
OPEN "DICT", "CUST" TO D ELSE STOP "no dict"
WRITE "D":@FM:1:@FM:"":@FM:"Name":@FM:"20L":@FM:"S" ON D, "NAME"
WRITE "A":@FM:3:@FM:"City":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"L":@FM:"10" ON D, "CITY"
WRITE "S":@FM:2:@FM:"Phones":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"L":@FM:"10" ON D, "PHONES"
WRITE "A":@FM:4:@FM:"X":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"MCU":@FM:"L":@FM:"10" ON D, "CORR"
WRITE "I":@FM:"NAME:'!'":@FM:"":@FM:"Itype":@FM:"10L":@FM:"S" ON D, "ITYPE"
WRITE "D":@FM:"X1":@FM:"":@FM:"Bad":@FM:"10L":@FM:"S" ON D, "BADPOS"
WRITE "D":@FM:0:@FM:"":@FM:"Id":@FM:"10L":@FM:"S" ON D, "KEY"
WRITE "D":@FM:"":@FM:"":@FM:"Empty":@FM:"10L":@FM:"S" ON D, "NOPOS"
OPEN "DICT", "ORDS" TO D2 ELSE STOP "no dict 2"
WRITE "D":@FM:2:@FM:"":@FM:"Amount":@FM:"10R":@FM:"S" ON D2, "AMOUNT"
OPEN "CUST" TO F ELSE STOP "no data"
WRITE "Ann":@FM:"555-1]555-2":@FM:"Bath" ON F, "C1"
OPEN "BP" TO BPF ELSE STOP "no BP"
S = "FILE CUST, ORDS"
S<-1> = "READ CUST FROM 'C1' ELSE PRINT 'no C1'"
S<-1> = "PRINT CUST(NAME):' ':CUST(city):' ':CUST(PHONES)<1,2>"
S<-1> = "CUST(PHONES)<1,3> = '555-3'"
S<-1> = "ORDS = ''"
S<-1> = "ORDS(AMOUNT) = 12.5"
S<-1> = "WRITE ORDS ON 'O1'"
S<-1> = "WRITE CUST ON 'C2'"
S<-1> = "OPEN 'CUST' TO F2 ELSE PRINT 'no CUST'"
S<-1> = "READ X FROM F2, 'C2' ELSE PRINT 'no C2'"
S<-1> = "CONVERT @FM:@VM TO '^]' IN X"
S<-1> = "PRINT X"
S<-1> = "READ ORDS FROM 'O1' ELSE PRINT 'no O1'"
S<-1> = "PRINT ORDS(AMOUNT) + 1"
S<-1> = "PRINT 'done'"
WRITE S ON BPF, "ST.FILE1"
ERRS = "CORR":@FM:"ITYPE":@FM:"BADPOS":@FM:"KEY":@FM:"NOPOS":@FM:"MISSING"
FOR I = 1 TO DCOUNT(ERRS, @FM)
   WRITE "FILE CUST":@FM:"X = CUST(":ERRS<I>:")" ON BPF, "ST.FILEE":I
NEXT I
WRITE "FILE NOSUCH":@FM:"X = 1" ON BPF, "ST.FILEE7"
WRITE "FILE CUST, CUST":@FM:"X = 1" ON BPF, "ST.FILEE8"
EXECUTE "BASIC BP ST.FILE1" CAPTURING OUT
PRINT "compiled: ":(INDEX(OUT, "no errors", 1) > 0)
EXECUTE "RUN BP ST.FILE1" CAPTURING OUT
CONVERT @FM TO "|" IN OUT
PRINT OUT
FOR I = 1 TO 8
   EXECUTE "BASIC BP ST.FILEE":I CAPTURING OUT
   PRINT I:" ":OUT<2>
NEXT I
PRINT "done"
