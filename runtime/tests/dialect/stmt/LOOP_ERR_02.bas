* REPEAT with no LOOP, and WHILE outside a loop
I = 1
WHILE I < 3
REPEAT
PRINT "done"
END
