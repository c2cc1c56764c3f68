* CONTINUE outside a loop
X = 1
CONTINUE
PRINT "done"
END
