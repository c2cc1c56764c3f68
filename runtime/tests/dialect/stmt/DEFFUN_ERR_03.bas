* DEFFUN function called with the wrong number of arguments
DEFFUN F.ADD(A, B)
X = F.ADD(1)
Y = F.ADD(1, 2, 3)
PRINT "done"
END
