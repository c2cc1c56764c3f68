* LIST ... VERTICALLY: each record as "label : value" lines (labels cut to 12 characters and
* padded with dots), multivalued items one value per line, single-valued ones with their
* marks, formats folding long text, ID.SUP, HEADING, COL.HDG, an empty report
EXECUTE "CREATE.FILE VF" CAPTURING JUNK
OPEN "VF" TO F ELSE STOP
OPEN "DICT", "VF" TO D ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"Name":@FM:"8L":@FM:"S" ON D, "NM"
WRITE "D":@FM:2:@FM:"MD2":@FM:"Amount due":@FM:"9R":@FM:"S" ON D, "AMT"
WRITE "D":@FM:3:@FM:"":@FM:"Tags":@FM:"6L":@FM:"M" ON D, "TAGS"
WRITE "D":@FM:3:@FM:"":@FM:"Tags as one":@FM:"10L":@FM:"S" ON D, "TAGS1"
WRITE "D":@FM:4:@FM:"":@FM:"A very long heading":@FM:"6T":@FM:"S" ON D, "NOTE"
WRITE "I":@FM:"AMT * 2":@FM:"MD2":@FM:"Twice":@FM:"8R":@FM:"S" ON D, "TW"
WRITE "Smith":@FM:1050:@FM:"x":@VM:"y":@SM:"z":@FM:"a short note here" ON F, "K1"
WRITE "Jones":@FM:"":@FM:"":@FM:"" ON F, "K2"
WRITE "Brown":@FM:7:@FM:"q":@FM:"fine" ON F, "K3"
S = "SORT VF NM AMT TAGS VERTICALLY"
S<-1> = "SORT VF NM TAGS1 NOTE TW VERTICALLY"
S<-1> = "SORT VF 'K3' NM VERTICALLY ID.SUP"
S<-1> = "SORT VF 'K3' NM COL.HDG ":'"':"Who'L'is it":'"':" AMT VERT"
S<-1> = "SORT VF 'K3' 'NOPE' 'K1' 'K0' NM VERT"
S<-1> = "SORT VF 'K3' 'NOPE' 'K1' 'K0' NM"
S<-1> = "COUNT VF 'K3' 'NOPE'"
S<-1> = "SORT VF 'K1' NM VERTICALLY HDR.SUP"
S<-1> = "SORT VF 'K1' NM VERTICALLY HEADING 'Vertical report'"
S<-1> = "SORT VF WITH NM = 'none' NM VERTICALLY"
S<-1> = "LIST VF 'K1' 'K3' AMT FMT '12R' VERTICALLY"
S<-1> = "SELECT VF 'K3' 'NOPE'"
FOR K = 1 TO DCOUNT(S, @FM)
   C = S<K>
   EXECUTE C CAPTURING OUT
   PRINT "== ":C:" rc=":@SYSTEM.RETURN.CODE
   CONVERT @VM:@SM TO "]\" IN OUT
   FOR J = 1 TO DCOUNT(OUT, @FM)
      IF INDEX(OUT<J>, "Page 1", 1) THEN PRINT "<page heading>" ; CONTINUE
      PRINT "[":OUT<J>:"]"
   NEXT J
NEXT K
PRINT "done"
