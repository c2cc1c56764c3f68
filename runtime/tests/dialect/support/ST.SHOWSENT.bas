* Prints what it was called with (target of EXECUTE tests)
PRINT "sentence=":@SENTENCE
PRINT "words=":DCOUNT(@SENTENCE, " ")
