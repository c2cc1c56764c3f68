* difftest profile stmts, class S14 (seed 1003019 C8): IDIV with a double
* operand is the double floor(a / b), so a zero quotient keeps its sign
* (IDIV(-0.0, 3) is -0, IDIV(0, -3.5) is -0) and a negative fraction is
* -1; two integers divide as C does (truncating: IDIV(-1, 2) is 0)
NZ = -(0.5 - 0.5) ; PZ = 0.5 - 0.5
PRINT "C1:" : IDIV(NEG(INT(COS(-8))), 2) : " " : IDIV(NZ, 3) : " " : IDIV(PZ, -3) : " " : IDIV(NZ, -3) : " " : IDIV(PZ, 3)
PRINT "C2:" : IDIV(0, -3.5) : " " : IDIV(0, 3.5) : " " : IDIV(0, -3) : " " : IDIV("0.0", -3) : " " : IDIV("-0.0", 3) : " " : IDIV("-0", 3)
PRINT "C3:" : IDIV(-0.5, 3) : " " : IDIV(-0.4, 1) : " " : IDIV(0.4, -1) : " " : IDIV(-1, 2) : " " : IDIV(-1.5, 2) : " " : IDIV(-1.0, 3) : " " : IDIV(-0.0001, 3)
PRINT "C4:" : IDIV(5.5, 2) : " " : IDIV(-5.5, 2) : " " : IDIV(5, -2.0) : " " : IDIV(7, 2.0) : " " : IDIV(1000.0, 1) : " " : IDIV(10000000000, 3) : " " : IDIV(-0.00000000001, 1)
PRINT "C5:" : -IDIV(7, 7.5) : " " : IDIV(7, 7.5) * -1 : " " : IDIV(3, 0.5) : " " : IDIV(3, -0.5) : " " : IDIV(2147483647.5, 0.5) : " " : IDIV(-3.5, 7)
PRECISION 0
PRINT "C6:" : IDIV(-0.4, 1) : " " : IDIV(NZ, 5) : " " : IDIV(0.5, 1)
PRINT "done"
END
