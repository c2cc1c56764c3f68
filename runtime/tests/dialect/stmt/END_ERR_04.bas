* IF ... THEN END on one line is the final END too, in a LOOP as at the top level
N = 0
LOOP
   N += 1
   IF N > 3 THEN END
   PRINT N
REPEAT
PRINT 'done'
