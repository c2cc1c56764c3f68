* ENDIF and END ELSE forms that ScarletDME does not know
X = 1
IF X THEN
   PRINT "a"
ENDIF
PRINT "done"
END
