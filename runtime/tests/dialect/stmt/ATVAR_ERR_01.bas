* Assigning to a read-only @-variable, and an unknown @-variable
@SENTENCE = "x"
PRINT @NO.SUCH.THING
PRINT "done"
END
