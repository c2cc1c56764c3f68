* EQU ... LIT is not ScarletDME syntax
EQUATE AM LIT "CHAR(254)"
PRINT "done"
END
