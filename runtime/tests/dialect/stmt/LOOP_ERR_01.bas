* LOOP with no REPEAT
I = 0
LOOP
   I += 1
UNTIL I > 3
PRINT "done"
END
