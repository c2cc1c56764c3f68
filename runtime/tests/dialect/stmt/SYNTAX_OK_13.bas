* THEN block closed, ELSE block closed by the last END (no final END)
X = 0
IF X THEN
   PRINT "a"
END ELSE
   PRINT "b"
PRINT "done"
END
