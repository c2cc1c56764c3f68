* I-type expressions of the kinds dictionaries use, each listed for two records: field
* extraction with <f,v>, FIELD, EXTRACT, OCONV, ICONV, IF THEN ELSE, @ID, several
* expressions separated by ; with @1, string and number functions, MATCHES, relations
EXECUTE "CREATE.FILE ITF" CAPTURING JUNK
OPEN "ITF" TO F ELSE STOP
OPEN "DICT", "ITF" TO D ELSE STOP
WRITE "Ann*Smith":@FM:"a":@VM:"b":@VM:"c":@FM:1234:@FM:"x":@VM:"y" ON F, "K1"
WRITE "Bob*Jones":@FM:"d":@FM:-5:@FM:"" ON F, "K2"
X = ""
X<-1> = "R3|@RECORD<3>"
X<-1> = "R42|@RECORD<4,2>"
X<-1> = "R21|@RECORD<2,1,1>"
X<-1> = "F1|FIELD(@RECORD<1>, '*', 2)"
X<-1> = "EX|EXTRACT(@RECORD, 4, 1, 0)"
X<-1> = "OC|OCONV(@RECORD<3>, 'MD2')"
X<-1> = "IC|ICONV('12.5', 'MD2')"
X<-1> = "IF|IF @RECORD<3> > 0 THEN 'pos' ELSE 'neg'"
X<-1> = "LTX|IF @RECORD<3> < 0 THEN 'lt' ELSE 'ge'"
X<-1> = "ID|@ID:'!'"
X<-1> = "SEMI|@RECORD<3>;@1*2"
X<-1> = "SEMI2|@ID;@RECORD<3>;@1:'=':@2"
X<-1> = "STR|STR('-', 3)"
X<-1> = "SPC|'[':SPACE(2):']'"
X<-1> = "FMT|FMT(@RECORD<3>, 'R#8')"
X<-1> = "CHG|CHANGE(@RECORD<1>, '*', '/')"
X<-1> = "CNV|CONVERT('*', '-', @RECORD<1>)"
X<-1> = "MOD|MOD(@RECORD<3>, 7)"
X<-1> = "REM|REM(@RECORD<3>, 7)"
X<-1> = "SEQ|SEQ(@ID)"
X<-1> = "CHR|CHAR(65)"
X<-1> = "NUM|NUM(@RECORD<3>)"
X<-1> = "ALP|ALPHA(@ID)"
X<-1> = "NE|@RECORD<3> NE 1234"
X<-1> = "MATCH|@ID MATCHES '1A1N'"
X<-1> = "CAT|@ID CAT 'z'"
X<-1> = "SQ|SQRT(16)"
X<-1> = "DC|DCOUNT(@RECORD<2>, @VM)"
X<-1> = "LEN|LEN(@RECORD<1>)"
X<-1> = "SUBS|@RECORD<1>[1,3]"
X<-1> = "NEG|-@RECORD<3>"
X<-1> = "UP|UPCASE(@RECORD<1>)"
X<-1> = "DIV|@RECORD<3> / 4"
X<-1> = "AND|@RECORD<3> > 0 AND @ID = 'K1'"
X<-1> = "LWR|CONVERT(@VM, '/', @RECORD<2>)"
X<-1> = "RPL|REPLACE(@RECORD, 3, 0, 0, 'new')<3>"
FOR I = 1 TO DCOUNT(X, @FM)
   N = FIELD(X<I>, "|", 1)
   E = FIELD(X<I>, "|", 2, 99)
   WRITE "I":@FM:E:@FM:"":@FM:N:@FM:"12L":@FM:"S" ON D, N
   EXECUTE "LIST ITF ":N:" ID.SUP HDR.SUP COL.HDR.SUPP" CAPTURING OUT
   PRINT N:": ":OUT<1>[8, 99]:" | ":OUT<2>
NEXT I
PRINT "done"
