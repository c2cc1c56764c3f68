* END IF is not ScarletDME syntax: END followed by IF
X = 1
IF X = 1 THEN
   PRINT "one"
END IF
PRINT "done"
END
