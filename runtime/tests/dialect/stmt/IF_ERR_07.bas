* IF with no THEN: a statement word and a variable after the condition
X = 1
IF X = 1 CRT X
PRINT "done"
END
