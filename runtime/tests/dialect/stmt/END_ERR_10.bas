* END inside a LOOP is the final END
I = 0
LOOP
   I += 1
   IF I > 2 THEN EXIT
END
REPEAT
PRINT "done"
END
