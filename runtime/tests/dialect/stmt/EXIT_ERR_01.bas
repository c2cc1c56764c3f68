* EXIT outside a loop
X = 1
IF X THEN EXIT
PRINT "done"
END
