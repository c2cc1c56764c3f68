* Equated mark characters and numbers used in expressions, CASE and field references
EQU VM TO CHAR(253), TAB TO CHAR(9)
EQU F.NAME TO 1, F.TAGS TO 2
REC = "Ann":@FM:"red":VM:"blue"
PRINT REC<F.NAME>:TAB:DCOUNT(REC<F.TAGS>, VM)
T = 2
BEGIN CASE
   CASE T = F.NAME ; PRINT "name"
   CASE T = F.TAGS ; PRINT "tags"
END CASE
PRINT "done"
