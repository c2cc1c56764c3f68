* END of an IF block followed by IF on the same line: END closes the block, IF starts a statement
X = 1
IF X THEN
   PRINT "a"
END IF X THEN PRINT "b"
PRINT "done"
END
