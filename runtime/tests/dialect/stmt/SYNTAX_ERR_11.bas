* Unbalanced angle and square brackets
R = "a":@FM:"b"
X = R<1
Y = R[1,2
PRINT "done"
END
