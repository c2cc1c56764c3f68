* Numeric work for a sales analysis: PRECISION, INT/MOD/REM/ABS/PWR/SQRT, rounding
* styles, string-number comparisons, SUM/SUMMATION of dynamic arrays, MAXIMUM/MINIMUM,
* large integers and floats, percentages with FMT and OCONV MD masks.
SALES = '1200.50':@VM:'980':@VM:'1500.25':@VM:'0':@VM:'2750.75':@VM:'-120.10'
SALES<2> = '300':@VM:'410.5':@VM:'':@VM:'95':@VM:'1000':@VM:'66.6'
SALES<3> = '5E2':@VM:'1.5E3':@VM:'12':@VM:'007':@VM:'1e1':@VM:'abc'
REGIONS = 'North':@FM:'South':@FM:'Oddities'
FOR R = 1 TO 3
   ROW = SALES<R>
   N = DCOUNT(ROW, @VM)
   TOT = 0 ; NUMS = 0 ; SQ = 0 ; BADS = ''
   FOR I = 1 TO N
      V = ROW<1,I>
      IF NOT(NUM(V)) THEN BADS<1,-1> = V ; CONTINUE
      IF V = '' THEN CONTINUE
      TOT += V ; NUMS += 1 ; SQ += V * V
   NEXT I
   MEAN = TOT / NUMS
   SD = SQRT(SQ / NUMS - MEAN * MEAN)
   PRINT FMT(REGIONS<R>, 'L#9'):' n=':NUMS:' sum=':TOT:' mean=':FMT(MEAN, 'R2'):' sd=':FMT(SD, 'R3'):' max=':MAXIMUM(ROW):' min=':MINIMUM(ROW):' bad=':BADS
   IF BADS # '' THEN PRINT SPACE(9):' (no SUM: ':DCOUNT(BADS, @VM):' bad)' ; CONTINUE
   PRINT SPACE(9):' SUM()=':SUM(ROW):' ints=':INT(TOT):' rounded=':OCONV(TOT * 100, 'MR0'):' mr2=':OCONV(ICONV(TOT, 'MR2'), 'MR2,')
NEXT R
PRINT 'summation: ':SUMMATION(SALES<1>):' ':SUMMATION('1':@VM:'2':@SM:'3':@FM:'4')
PRINT 'sum levels: ':CONVERT(@FM:@VM, '^]', SUM('1':@VM:'2':@SM:'3':@FM:'4':@VM:'5'))
* integer division and remainders, including negatives
PRINT 'div: ':INT(17 / 5):' ':INT(-17 / 5):' mod: ':MOD(17, 5):' ':MOD(-17, 5):' ':MOD(17, -5):' rem: ':REM(17, 5):' ':REM(-17, 5):' ':REM(17, -5)
PRINT 'abs/pwr: ':ABS(-3.25):' ':PWR(2, 10):' ':PWR(2, 0.5):' ':2 ** 3 ** 2:' ':PWR(10, -2):' ':(-8) ^ 2
PRINT 'neg zero: ':-0:' ':0 * -1:' ':INT(-0.5):' ':ABS(-0)
* precision and rounding of stored floats
X = 2 / 3
PRINT 'default: ':X:' ':1 / 7:' ':100 / 3:' ':1000000 / 7
PRECISION 2
PRINT 'precision 2: ':2 / 3:' ':1 / 7:' ':100 / 3:' ':X
PRECISION 9
PRINT 'precision 9: ':2 / 3:' ':1 / 7:' ':X
PRECISION 4
PRINT 'rounding: ':OCONV(2.5, 'MD0'):' ':OCONV(3.5, 'MD0'):' ':OCONV(-2.5, 'MD0'):' ':FMT(2.345, 'R2'):' ':FMT(2.355, 'R2'):' ':FMT(-2.345, 'R2'):' ':INT(2.999999)
PRINT 'md: ':OCONV(123456789, 'MD2,'):' ':OCONV(-5, 'MD2'):' ':OCONV(5, 'MD3'):' ':OCONV(1234, 'MD14'):' ':OCONV(12345, 'MD2$,'):' ':OCONV(-12345, 'MD2-'):' ':OCONV(-12345, 'MD2<')
PRINT 'iconv: ':ICONV('1,234.56', 'MD2'):' ':ICONV('-0.5', 'MD2'):' ':ICONV('12.345', 'MD2'):' ':ICONV('$99', 'MD2'):' ':ICONV('1.2.3', 'MD2')
* big numbers
BIG = 2147483647
PRINT 'big: ':BIG + 1:' ':BIG * 2:' ':BIG * BIG:' ':-BIG - 2:' ':999999999999 + 1:' ':'1234567890123' + 1
PRINT 'float: ':0.1 + 0.2:' ':1 - 0.9:' ':1000000000 * 1000000 + 0.5:' ':3.0:' ':'3.10' + 0:' ':1.23456789012345678
* string versus number comparisons
PAIRS = '10,9|10,9.0|abc,ABC|1E2,100|007,7| 7,7|7 ,7|,0|-0,0|1.0,1|+5,5|0x10,16'
FOR P = 1 TO DCOUNT(PAIRS, '|')
   A = FIELD(FIELD(PAIRS, '|', P), ',', 1) ; B = FIELD(FIELD(PAIRS, '|', P), ',', 2)
   PRINT '[':A:'] vs [':B:']: =':(A = B):' <':(A < B):' >':(A > B):' num:':NUM(A):NUM(B):' cmp:':COMPARE(A, B)
NEXT P
* percentages and a distribution table
TOTAL = SUM(SALES<1>)
PRINT 'share of north total ':TOTAL
FOR I = 1 TO DCOUNT(SALES<1>, @VM)
   V = SALES<1,I>
   PCT = V * 100 / TOTAL
   BAR = STR('#', INT(PCT / 5 + 0.5))
   PRINT FMT(I, 'R#2'):' ':FMT(V, 'R2,#10'):' ':FMT(PCT, 'R1#6'):'% ':BAR
NEXT I
PRINT 'done'
END
