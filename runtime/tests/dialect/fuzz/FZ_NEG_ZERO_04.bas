* difftest profile stmts, class S14 (seeds 1002982 C3, 1003373 C17):
* NEGS is ScarletDME's MVD opcode: its argument becomes text first (with
* PRECISION), each element a number again (text without "." an integer),
* and the result is text. So NEGS of the double -0.0 is 0 (its text "-0"
* is the integer 0) while NEG of it is 0 and unary minus of 0.0 is -0;
* NEGS("0.0") is -0 (a double); NEGS(1/3) is -0.3333 exactly.
NZ = -(0.5 - 0.5) ; PZ = 0.5 - 0.5
PRINT "C1:" : NZ : " " : -NZ : " " : NEG(NZ) : " " : NEGS(NZ) : " " : NEGS(PZ) : " " : NEG(PZ) : " " : -PZ
PRINT "C2:" : NEGS(ABS(PWR(0, 1))) : " " : NEG(ABS(PWR(0, 1))) : " " : -PWR(0, 1) : " " : NEGS(PWR(ABS(MOD("-0", 1)), 0.5))
PRINT "C3:" : NEGS("0.0") : " " : NEGS("-0.0") : " " : NEGS("-0") : " " : NEGS("0.") : " " : NEGS(".0") : " " : NEGS("  0.0") : " " : NEGS("+0.0")
X = NEGS("1" : @VM : "-0.0" : @VM : "0.0" : @FM : "" : @SM : NZ : @TM : "0.000001")
CONVERT @FM : @VM : @SM : @TM TO "^]\~" IN X
PRINT "C4:" : X
PRINT "C5:" : NEGS(1.23456789) * 1 : " " : NEGS("1.23456789") * 1 : " " : NEGS(1/3) * 3 : " " : NEG(1/3) * 3 : " " : NEGS(-7) + 1
PRINT "C6:" : NEGS("") : "|" : NEGS(" -5 ") : "|" : NEGS(INT(-0.5)) : "|" : NEGS(0 * -1.5) : "|" : NEGS(-0.00001)
PRECISION 0
PRINT "C7:" : NEGS(0.4) : " " : NEGS(-0.4) : " " : NEGS(0.6) : " " : NEG(0.4) : " " : -0.4 : " " : INT(-0.5) : " " : NZ
PRECISION 9
PRINT "C8:" : NEGS(0.0000000001) : " " : NEGS(PZ) : " " : -0.0000000001 : " " : NEGS(0.0000000004 - 0.0000000005)
PRECISION 4
* where a -0 comes from: a double zero with its sign (negating 0.0, INT
* of -0.x, 0 times a negative double, "-0.0" as a number); integers never
PRINT "C9:" : -"0.0" : " " : -"-0.0" : " " : -"0" : " " : "-0.0" * 1 : " " : "-0" * 1 : " " : 0 * -1 : " " : 0 * -1.5 : " " : -1.5 * 0
PRINT "C10:" : INT(-0.5) : " " : INT(-0.5) + 0 : " " : INT(-0.5) - 0 : " " : 0 - INT(-0.5) : " " : ABS(INT(-0.5)) : " " : NZ / 2 : " " : PZ / -2 : " " : 0 / -5
PRINT "C11:" : SIN(NZ) : " " : -COS(90) : " " : -SQRT(0) : " " : SQRT(NZ) : " " : -LN(1) : " " : PWR(NZ, 3) : " " : PWR(NZ, 2)
PRINT "C12:" : MAX(NZ, 0) : " " : MIN(NZ, 0) : " " : MAX(0, NZ) : " " : MIN(0, NZ) : " " : MOD(NZ, 3) : " " : REM(NZ, 3) : " " : DIV(NZ, 2)
R = "" ; R<1> = NZ ; R<2> = -"0.0" ; R<3> = -PZ * 1
CONVERT @FM TO "^" IN R
PRINT "C13:" : R : " " : (NZ : "") + 0 : " " : -(NZ : "") : " " : (NZ = 0) : (NZ < 0) : (NZ = "-0")
PRINT "done"
END
