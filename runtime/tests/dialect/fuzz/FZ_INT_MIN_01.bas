* the 32-bit INTEGER -2147483648 (from integer arithmetic) stays itself
* under ABS and unary minus (C's labs and - in 32 bits); a string or a
* double -2147483648 becomes positive
X = -1 - 2147483647
PRINT "C1:":X:" ":ABS(X):" ":NEG(X):" ":-X
Y = -2147483648
PRINT "C2:":Y:" ":ABS(Y):" ":NEG(Y):" ":-Y
Z = "-2147483648"
PRINT "C3:":ABS(Z):" ":NEG(Z):" ":-Z
PRINT "C4:":ABS(X) + 1:" ":(-X) * 2:" ":ABS(X)/2
W = -2147483647
W -= 1
PRINT "C5:":ABS(W):" ":MOD(ABS(X), 11)
PRINT "C6:":(SIN(1) * NEG(X))
PRINT "done"
END
