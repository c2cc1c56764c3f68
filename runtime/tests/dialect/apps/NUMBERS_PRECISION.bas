* Numeric output: large/small/negative numbers, PRECISION, integer division, MOD/REM
PRINT 'Big: ':1000000 * 1000000:' ':2147483647 + 1:' ':-2147483648 - 1
PRINT 'Powers: ':2^31:' ':2^53:' ':10^15:' ':10^-5:' ':2**0.5
PRINT 'Small: ':1/3:' ':2/3:' ':1/7:' ':0.1 + 0.2:' ':0.00001 * 3
PRINT 'Negative: ':-7/2:' ':-0.5:' ':0 - 0.0001:' ':-1/3
PRINT 'INT: ':INT(7.9):' ':INT(-7.9):' ':INT(-0.5):' ':INT(10000000000/3)
FOR P = 0 TO 9 STEP 3
   PRECISION P
   PRINT 'PRECISION ':P:': ':22/7:' ':-1/3:' ':2.5:' ':1234.56789
NEXT P
PRECISION 4
PRINT 'Default back to 4: ':10/3
X = 17 ; Y = 5
PRINT 'Div: ':X/Y:' ':INT(X/Y):' ':DIV(X,Y):' ':DIV(-X,Y):' ':DIV(X,-Y)
PRINT 'MOD: ':MOD(X,Y):' ':MOD(-X,Y):' ':MOD(X,-Y):' ':MOD(-X,-Y)
PRINT 'REM: ':REM(X,Y):' ':REM(-X,Y):' ':REM(X,-Y):' ':REM(-X,-Y)
PRINT 'MOD frac: ':MOD(7.5, 2):' ':MOD(-7.5, 2):' ':REM(-7.5,2)
PRINT 'ABS/SIGN: ':ABS(-3.25):' ':ABS('-0'):' ':NEG(4):' ':NEG(-4)
PRINT 'SQRT/EXP: ':SQRT(2):' ':EXP(1):' ':LN(10):' ':PWR(2,10)
PRINT 'Rounding: ':OCONV(2.5,'MR0'):' ':OCONV(3.5,'MR0'):' ':OCONV(-2.5,'MR0'):' ':OCONV(1.005*1000,'MD0')
PRINT 'FMT round: ':FMT(2.345,'R2'):' ':FMT(2.355,'R2'):' ':FMT(-2.345,'R2'):' ':FMT(1000000,'R2,')
PRINT 'Strings as numbers: ':'12' + '3':' ':'1.50' * 2:' ':'  4' + 1:' ':'+5' - 1:' ':'.5' + '.5'
PRINT 'Concatenation of numbers: ':1.0:' ':'1.0':' ':01:' ':1.50 + 0
PRINT 'Compare: ':('10' < '9'):' ':('abc' < 'abd'):' ':('10' = '10.0'):' ':('1E2' = 100):' ':('  5' = 5)
PRINT 'Compare mixed: ':('a' > 1):' ':('' = 0):' ':('0' = ''):' ':(' ' = '')
TOTAL = 0
FOR I = 1 TO 10 ; TOTAL += 0.1 ; NEXT I
PRINT 'Sum of tenths: ':TOTAL:' equal 1? ':(TOTAL = 1)
PRINT 'Scientific in: ':NUM('1.5E3'):NUM('2e-2'):NUM('1E'):' ':ICONV('1.5E3', 'MD0'):'|'
PRINT 'Long: ':'123456789012345' + 0:' ':'999999999999999' + 1:' ':0.000000001:' ':123456789 * 1000:' ':NUM('1234567890123456')
PRINT 'Integer overflow: ':2147483647 * 2:' ':-2147483647 * 2:' ':46341 * 46341
PRINT 'Bool: ':(3 > 2) + (2 > 3):' ':NOT(5):' ':NOT(0):' ':NOT(''):' ':(1 AND 'x' = 'x')
PRINT 'done'
