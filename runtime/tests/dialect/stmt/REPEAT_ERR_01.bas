* REPEAT inside a single-line THEN belongs to the IF: the LOOP is left unterminated
I = 0
LOOP ; I += 1 ; IF I > 3 THEN EXIT ; PRINT "i=":I ; REPEAT
PRINT "exit at ":I
PRINT "done"
