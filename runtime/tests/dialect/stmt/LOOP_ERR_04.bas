* LOOP ... END LOOP is not ScarletDME syntax
I = 0
LOOP
   I += 1
WHILE I < 3 DO
END LOOP
PRINT "done"
END
