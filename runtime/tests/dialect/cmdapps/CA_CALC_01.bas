* LIST ... CALC itype: the I-type's TOTAL(x) calls give x on a record's line and add it up; the
* break and grand total lines evaluate the I-type again with each TOTAL() giving its sum (the
* other names take the last record's values); CALC of a D-type is not run (ScarletDME aborts)
EXECUTE "CREATE.FILE KF" CAPTURING JUNK
OPEN "KF" TO F ELSE STOP
OPEN "DICT", "KF" TO D ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"G":@FM:"3L":@FM:"S" ON D, "G"
WRITE "D":@FM:2:@FM:"":@FM:"Qty":@FM:"5R":@FM:"S" ON D, "Q"
WRITE "D":@FM:3:@FM:"MD2":@FM:"Price":@FM:"7R":@FM:"S" ON D, "P"
WRITE "I":@FM:"TOTAL(Q * P) / TOTAL(Q)":@FM:"MD2":@FM:"Avg":@FM:"7R":@FM:"S" ON D, "AVGP"
WRITE "I":@FM:"Q * 2":@FM:"":@FM:"Dbl":@FM:"5R":@FM:"S" ON D, "DBL"
WRITE "I":@FM:"TOTAL(Q) + 1":@FM:"":@FM:"T1":@FM:"5R":@FM:"S" ON D, "T1"
WRITE "I":@FM:"IF TOTAL(Q) > 4 THEN 'many' ELSE 'few'":@FM:"":@FM:"Size":@FM:"5L":@FM:"S" ON D, "SZ"
WRITE "a":@FM:2:@FM:150 ON F, "K1"
WRITE "a":@FM:3:@FM:200 ON F, "K2"
WRITE "b":@FM:5:@FM:100 ON F, "K3"
WRITE "c":@FM:1:@FM:999 ON F, "K4"
S = "SORT KF Q P AVGP"
S<-1> = "SORT KF Q P CALC AVGP"
S<-1> = "SORT KF BREAK.ON G Q CALC AVGP CALC T1"
S<-1> = "SORT KF BREAK.ON G TOTAL Q CALC SZ"
S<-1> = "SORT KF Q CALC T1 DET.SUP"
S<-1> = "SORT KF BREAK.ON G CALC T1 DET.SUP"
S<-1> = "SORT KF CALC DBL"
S<-1> = "SORT KF WITH Q > 100 CALC T1"
FOR K = 1 TO DCOUNT(S, @FM)
   C = S<K>
   EXECUTE C CAPTURING OUT
   PRINT "== ":C:" rc=":@SYSTEM.RETURN.CODE
   FOR J = 1 TO DCOUNT(OUT, @FM)
      IF INDEX(OUT<J>, "Page 1", 1) THEN PRINT "<page heading>" ; CONTINUE
      PRINT "[":OUT<J>:"]"
   NEXT J
NEXT K
PRINT "done"
