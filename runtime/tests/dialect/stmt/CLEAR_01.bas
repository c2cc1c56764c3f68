* CLEAR: every variable becomes 0; CLEAR COMMON
COMMON C1
A = "text" ; B = 12
C1 = "common value"
DIM M(2)
M(1) = "m"
CLEAR
PRINT "A=[":A:"] B=[":B:"] M(1)=[":M(1):"] C1=[":C1:"]"
X = "set after clear"
PRINT X
CLEAR COMMON
PRINT "after CLEAR COMMON: [":C1:"]"
PRINT "done"
