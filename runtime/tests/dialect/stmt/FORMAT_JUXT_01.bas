* Format juxtaposition with brackets: X (F) is FMT(X, F) where formats are read;
* NAME (Y) with a space is the variable NAME (not a call), unless a DIM before
* made NAME a matrix; NAME(Y) with no space calls the function
A = 5 ; F = "R#4" ; Y = "  ab  "
PRINT A (F):"|"
X = A ("L#3")
PRINT X:"|"
TRIM = "xyz"
PRINT TRIM (Y):"|"
PRINT TRIM(Y):"|"
X = TRIM ("R#5")
PRINT X:"|"
DIM M(3) ; M(1) = 7
PRINT M (1):"|"
PRINT A TRIM(" L#4 "):"|"
PRINT A ("R#3") : "|"
PRINT (A) (F):"|"
PRINT "ab" ("R#4"):"|"
LEN = 9
PRINT LEN (Y):"|", LEN(Y)
IF LEN ("R#3") = "  9" THEN PRINT "if: formatted"
PRINT "done"
