* LIST/SELECT/COUNT with SAMPLE n (the first n records that pass the selection, before the
* sort), SAMPLED n (every nth record read, from the first), DISPLAY.LIKE and LPTR (the
* report goes to the printer: nothing on the display)
EXECUTE "CREATE.FILE SF" CAPTURING JUNK
OPEN "SF" TO F ELSE STOP
OPEN "DICT", "SF" TO D ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"Name":@FM:"8L":@FM:"S" ON D, "NM"
WRITE "D":@FM:2:@FM:"MD2":@FM:"Price":@FM:"9R":@FM:"S" ON D, "PR"
WRITE "D":@FM:3:@FM:"":@FM:"Kind":@FM:"5L":@FM:"M" ON D, "KD"
NAMES = "Apple Pear Carrot Leek Plum Fig Onion Kale Bean Pea Corn Rye"
FOR I = 1 TO 12
   K = IF MOD(I, 3) = 0 THEN "veg" ELSE "fruit"
   WRITE FIELD(NAMES, " ", I):@FM:I * 125:@FM:K:@VM:"x" ON F, "R":FMT(I, "R%2")
NEXT I
S = "SSELECT SF":@VM:"LIST SF SAMPLE 3 NM"
S<-1> = "SSELECT SF":@VM:"LIST SF SAMPLED 4 NM PR"
S<-1> = "SSELECT SF":@VM:"LIST SF SAMPLE NM"
S<-1> = "SSELECT SF":@VM:"LIST SF SAMPLED NM"
S<-1> = "SSELECT SF":@VM:"LIST SF WITH KD = 'veg' SAMPLE 2 NM"
S<-1> = "SSELECT SF":@VM:"LIST SF SAMPLED 2 WITH KD = 'veg' NM"
S<-1> = "SSELECT SF BY.DSND @ID":@VM:"LIST SF SAMPLE 4 BY NM NM"
S<-1> = "SSELECT SF":@VM:"SELECT SF SAMPLE 5"
S<-1> = "SSELECT SF":@VM:"SELECT SF SAMPLED 5"
S<-1> = "SSELECT SF":@VM:"COUNT SF SAMPLE 3"
S<-1> = "SSELECT SF":@VM:"COUNT SF SAMPLED 3 WITH PR > 500"
S<-1> = "SORT SF SAMPLE 0"
S<-1> = "SORT SF SAMPLED 0"
S<-1> = "SORT SF WITH NM = 'none' SAMPLE 2"
S<-1> = "SORT SF 'R01' 'R02' NM DISPLAY.LIKE PR"
S<-1> = "SORT SF 'R01' 'R02' PR DISPLAY.LIKE NM KD"
S<-1> = "SORT SF 'R01' 'R02' NM KD DISPLAY.LIKE NM"
S<-1> = "SORT SF 'R01' 'R02' NM DISPLAY.LIKE"
S<-1> = "SORT SF 'R01' 'R02' NM DISPLAY.LIKE NOPE"
S<-1> = "SORT SF NM LPTR"
S<-1> = "SORT SF 'R03' NM PR LPTR 1"
FOR K = 1 TO DCOUNT(S, @FM)
   C1 = S<K,1>
   C2 = S<K,2>
   PRINT "== ":C1:" ; ":C2
   IF C2 = "" THEN
      C2 = C1
   END ELSE
      EXECUTE C1 CAPTURING OUT
   END
   EXECUTE C2 CAPTURING OUT
   PRINT "rc=":@SYSTEM.RETURN.CODE:" selected=":@SELECTED
   IF INDEX(C2, "SELECT", 1) THEN
      L = ""
      LOOP
         READNEXT ID ELSE EXIT
         L := " ":ID
      REPEAT
      PRINT "list:":L
   END
   FOR J = 1 TO DCOUNT(OUT, @FM)
      IF INDEX(OUT<J>, "Page 1", 1) THEN PRINT "<page heading>" ; CONTINUE
      PRINT "[":OUT<J>:"]"
   NEXT J
NEXT K
PRINT "done"
