* DEFFUN without a function name
DEFFUN (A, B)
PRINT "done"
END
