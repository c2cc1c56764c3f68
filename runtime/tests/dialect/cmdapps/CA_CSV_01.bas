* LIST ... CSV [1|2] ['d'] and DELIMITER 'd': a heading line of the column headings, one line
* per record of converted (unformatted) values with their marks, CSV quoting rules 1 and 2,
* ^nnn and <TAB> in the delimiter, COL.HDR.SUPP, HDR.SUP and HEADING, an empty report, errors
EXECUTE "CREATE.FILE CF" CAPTURING JUNK
OPEN "CF" TO F ELSE STOP
OPEN "DICT", "CF" TO D ELSE STOP
WRITE "D":@FM:1:@FM:"":@FM:"Name":@FM:"8L":@FM:"S" ON D, "NM"
WRITE "D":@FM:2:@FM:"MD2":@FM:"Amt":@FM:"7R":@FM:"S" ON D, "AMT"
WRITE "D":@FM:3:@FM:"":@FM:"Tags":@FM:"6L":@FM:"M" ON D, "TAGS"
WRITE "D":@FM:4:@FM:"D2/":@FM:"When":@FM:"8R":@FM:"S" ON D, "DT"
WRITE "D":@FM:1:@FM:"":@FM:"A|B":@FM:"8L":@FM:"S" ON D, "ODD"
WRITE "I":@FM:"AMT * 2":@FM:"MD2":@FM:"Twice":@FM:"8R":@FM:"S" ON D, "TW"
WRITE "Smith, J":@FM:1050:@FM:"x":@VM:"y,z":@FM:10000 ON F, "K1"
WRITE 'Say "hi"':@FM:-25:@FM:"":@FM:"" ON F, "K2"
WRITE "Plain":@FM:7:@FM:"q":@VM:"r":@SM:"s":@FM:9000 ON F, "K3"
WRITE "a|b;c":@FM:"1,5":@FM:"-":@FM:"x" ON F, "K4"
S = "SORT CF NM AMT TAGS DT CSV"
S<-1> = "SORT CF NM AMT TAGS DT CSV 2"
S<-1> = "SORT CF NM AMT TAGS CSV 1 ';'"
S<-1> = "SORT CF ODD AMT DELIMITER '^124'"
S<-1> = "SORT CF 'K1' 'K2' TW CSV"
S<-1> = "SORT CF NM DELIMITER '<TAB>^059'"
S<-1> = "SORT CF NM CSV 2 '<TAB>'"
S<-1> = "SORT CF NM AMT CSV COL.HDR.SUPP"
S<-1> = "SORT CF NM AMT CSV HDR.SUP"
S<-1> = "SORT CF NM AMT CSV ID.SUP HEADING 'Report'"
S<-1> = "SORT CF NM COL.HDG 'Who' AMT FMT '12R' CSV"
S<-1> = "SORT CF WITH NM = 'none' NM CSV"
S<-1> = "SORT CF WITH NM = 'none' NM CSV COL.HDR.SUPP"
S<-1> = "SORT CF NM CSV CSV"
S<-1> = "SORT CF NM CSV DELIMITER ';'"
S<-1> = "SORT CF NM CSV ';;'"
S<-1> = "SORT CF NM CSV '" : '"' : "'"
S<-1> = "SORT CF NM DELIMITER"
S<-1> = "LIST CF 'K2' 'K4' NM AMT CSV"
FOR K = 1 TO DCOUNT(S, @FM)
   C = S<K>
   EXECUTE C CAPTURING OUT
   PRINT "== ":C:" rc=":@SYSTEM.RETURN.CODE
   CONVERT @VM:@SM:CHAR(9) TO "]\>" IN OUT
   FOR J = 1 TO DCOUNT(OUT, @FM)
      PRINT "[":OUT<J>:"]"
   NEXT J
NEXT K
PRINT "done"
