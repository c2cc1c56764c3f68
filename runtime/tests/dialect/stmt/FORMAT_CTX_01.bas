* Where BCOMP reads an expression with formats (its `exprf`), a string or a
* name after an operand formats it: CONVERT, INS, FIND, DATA, LOCATE, ON,
* MAT =, CASE, RETURN, IF expressions, substring bounds, @-variable values
F = "R#4" ; G = "L#3" ; S = "abc"
X = "a1b2" ; CONVERT "1" F TO "9" F IN X
PRINT X
D = "x" ; INS 7 F BEFORE D<1>
CONVERT @FM TO "^" IN D ; PRINT D
A = "a" : @FM : "   b"
FIND "b" F IN A SETTING P THEN PRINT "find ":P ELSE PRINT "find no"
FIND "b" IN A "" SETTING P THEN PRINT "find2 ":P ELSE PRINT "find2 no"
LOCATE "   b" IN A<1> SETTING P THEN PRINT "loc ":P ELSE PRINT "loc no ":P
LOCATE "b" F IN A<1> SETTING P THEN PRINT "loc2 ":P ELSE PRINT "loc2 no ":P
LOCATE("b" F, A; P) THEN PRINT "loc3 ":P ELSE PRINT "loc3 no ":P
Z = "x" : @VM : "y"
LOCATE "y" IN Z<1> BY "A" "" SETTING P THEN PRINT "loc4 ":P ELSE PRINT "loc4 no ":P
N = 2
ON N G GOSUB L1, L2
DIM M(2)
MAT M = 5 F
PRINT "[":M(1):"][":M(2):"]"
Q = 1
BEGIN CASE
   CASE Q G = "1  "
      PRINT "case formatted"
   CASE 1
      PRINT "case plain"
END CASE
Y = IF Q F = "   1" THEN "yes" G ELSE "no"
PRINT "[":Y:"]"
PRINT "[":S[1 G, 2]:"]"
PRINT "[":S[2, "1" ""]:"]"
@USER0 = 12 F
PRINT "[":@USER0:"]"
DATA 5 F
INPUT V
PRINT "[":V:"]"
FOR I = 1 TO 5 UNTIL I G = "3  "
   PRINT "for ":I
NEXT I
PRINT "done"
STOP
L1: PRINT "L1" ; RETURN
L2: PRINT "L2" ; RETURN
