* UNTIL without a condition, DO without WHILE
LOOP
   X = 1
UNTIL
REPEAT
PRINT "done"
END
