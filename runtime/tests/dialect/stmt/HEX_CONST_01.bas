* Hexadecimal constants: 0x or 0X then hex digits of either case; the value
* wraps in 32 bits; a minus sign folds into the constant
X = 0x1F
PRINT X
PRINT 0X1f + 1
PRINT 0xff, 0XFF, 0xAbC, 0XdeadBEEF
PRINT -0x10, --0x10, -0xFFFFFFFF
Y = 0x
PRINT Y
PRINT 0x7FFFFFFF, 0x7fffffff + 1
PRINT 0x80000000, -0x80000000
PRINT 0xFFFFFFFF, 0x100000000, 0x123456789
PRINT 0x0000000000000000001
PRINT -0x10[1,2], 0x10[2,1]
PRINT 0x1F 'R#5'
PRINT 0x1F - 0x0F, 0x10 * 0x10
DIM A(0x3)
A(0x3) = "a3"
PRINT A(3)
EQU E1 TO 0x1F
PRINT E1, E1 + 1, LEN(E1)
IF 0x10 = 16 THEN PRINT "sixteen"
* in data it is no number: NUM() says no
PRINT NUM("0x1F"), NUM("0")
PRINT "done"
