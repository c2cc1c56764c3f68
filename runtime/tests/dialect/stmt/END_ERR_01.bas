* Statements after the final END
PRINT "done"
END
PRINT "after end"
