* Records with equal sort keys under BY: ScarletDME puts them in the reverse of the order it
* reads them in (here an active select list); SSELECT and SORT break ties by @ID. Also the
* default @ID item CREATE.FILE writes (10L for a hashed file, 12L for a directory file)
EXECUTE "CREATE.FILE HF" CAPTURING JUNK
EXECUTE "CREATE.FILE DF DIRECTORY" CAPTURING JUNK
OPEN "HF" TO F ELSE STOP
OPEN "DICT", "HF" TO D ELSE STOP
OPEN "DF" TO DFF ELSE STOP
OPEN "DICT", "DF" TO DD ELSE STOP
READ R FROM DD, "@ID" ELSE R = "none"
CONVERT @FM TO "^" IN R
PRINT "DF @ID: ":R
READ R FROM D, "@ID" ELSE R = "none"
CONVERT @FM TO "^" IN R
PRINT "HF @ID: ":R
WRITE "D":@FM:1:@FM:"":@FM:"G":@FM:"3L":@FM:"S" ON D, "G"
WRITE "D":@FM:2:@FM:"":@FM:"N":@FM:"3R":@FM:"S" ON D, "N"
IDS = "Z1":@FM:"A2":@FM:"M3":@FM:"B4":@FM:"Q5":@FM:"C6":@FM:"10":@FM:"9":@FM:"X"
GS = "a":@FM:"b":@FM:"a":@FM:"b":@FM:"a":@FM:"a":@FM:"b":@FM:"b":@FM:"a"
WRITE "D":@FM:1:@FM:"":@FM:"G":@FM:"3L":@FM:"S" ON DD, "G"
WRITE "D":@FM:2:@FM:"":@FM:"N":@FM:"3R":@FM:"S" ON DD, "N"
FOR I = 1 TO 9
   WRITE GS<I>:@FM:MOD(I,2) ON F, IDS<I>
   WRITE GS<I>:@FM:MOD(I,2) ON DFF, IDS<I>
NEXT I
S = "SSELECT HF":@VM:"LIST HF BY G G N HDR.SUP"
S<-1> = "SSELECT HF BY.DSND @ID":@VM:"LIST HF BY G G N HDR.SUP"
S<-1> = "SSELECT HF BY.DSND @ID":@VM:"SELECT HF BY N"
S<-1> = "SSELECT HF":@VM:"SELECT HF BY.DSND G"
S<-1> = "SSELECT HF BY.DSND @ID":@VM:"SSELECT HF BY N"
S<-1> = "SSELECT HF BY.DSND @ID":@VM:"SORT HF BY G G N HDR.SUP"
S<-1> = "SSELECT HF":@VM:"LIST HF BY G BY N G N HDR.SUP"
S<-1> = "SSELECT HF":@VM:"LIST HF BY N BREAK.ON N G HDR.SUP"
S<-1> = "SSELECT DF":@VM:"LIST DF BY G G N HDR.SUP"
FOR K = 1 TO DCOUNT(S, @FM)
   PRINT "== ":S<K,1>:" ; ":S<K,2>
   C1 = S<K,1>
   C2 = S<K,2>
   EXECUTE C1 CAPTURING OUT
   EXECUTE C2 CAPTURING OUT
   IF INDEX(S<K,2>, "SELECT", 1) THEN
      L = ""
      LOOP
         READNEXT ID ELSE EXIT
         L := " ":ID
      REPEAT
      PRINT L
      CONTINUE
   END
   FOR J = 1 TO DCOUNT(OUT, @FM)
      PRINT "[":OUT<J>:"]"
   NEXT J
NEXT K
PRINT "done"
