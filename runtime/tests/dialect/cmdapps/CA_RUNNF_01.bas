* RUN of a program or file that does not exist (ScarletDME's messages name the object file
* BP.OUT; @SYSTEM.RETURN.CODE -3006 / -3007), the display and printer sizes the account's
* TERM sets, the VOC's dictionary every account has, print unit 0 after an EXECUTE
EXECUTE "RUN BP NOPROG" CAPTURING OUT
PRINT "run: rc=":@SYSTEM.RETURN.CODE:" out=[":OUT:"]"
EXECUTE "RUN NOFILE NOPROG" CAPTURING OUT
PRINT "run2: rc=":@SYSTEM.RETURN.CODE:" out=[":OUT:"]"
EXECUTE "RUN NOPROG2" CAPTURING OUT
PRINT "run3: rc=":@SYSTEM.RETURN.CODE:" out=[":OUT:"]"
EXECUTE "NOPROG" CAPTURING OUT
PRINT "cmd: rc=":@SYSTEM.RETURN.CODE:" out=[":OUT:"]"
PRINT "crt=":@CRTWIDE:"x":@CRTHIGH:" lptr=":@LPTRWIDE:"x":@LPTRHIGH:" system=":SYSTEM(2):"x":SYSTEM(3)
OPEN "DICT", "VOC" TO DV THEN PRINT "DICT VOC opens" ELSE PRINT "no DICT VOC ":STATUS()
FOR I = 1 TO 5
   READ R FROM DV, "F":I THEN PRINT "F":I:": ":R<1>:" ":R<2>:" ":R<4> ELSE PRINT "no F":I
NEXT I
READ R FROM DV, "@ID" THEN PRINT "@ID: ":R<1>:" ":R<2>:" ":R<5>
EXECUTE "SORT VOC WITH F1 = 'F' AND WITH @ID = 'VOC' F1 F2 ID.SUP COL.HDR.SUPP" CAPTURING OUT
CONVERT @FM TO "|" IN OUT
PRINT "[":OUT:"]"
EXECUTE "SORT VOC 'LIST' 'COUNT' 'WITH' TYPE ID.SUP COL.HDR.SUPP" CAPTURING OUT
CONVERT @FM:@VM TO "|]" IN OUT
PRINT "[":OUT:"]"
PRINTER ON
PRINT "to the printer"
EXECUTE "SORT VOC 'RUN' HDR.SUP" CAPTURING OUT
PRINT "after the EXECUTE: printer ":SYSTEM(1)
PRINTER OFF
PRINT "printer off: ":SYSTEM(1)
PRINT "done"
