* DEFFUN of the same function twice, and a DEFFUN with a bad argument
DEFFUN F.ONE(A)
DEFFUN F.ONE(B)
DEFFUN F.TWO(1)
PRINT "done"
END
