* WHILE with no condition, REPEAT followed by text
LOOP
WHILE
REPEAT
LOOP
   X = 1
REPEAT X
PRINT "done"
END
