* Savings-account interest run: daily interest with PRECISION changes, rounding via
* INT/OCONV MD/FMT masks (half-up and negative values), MOD and REM on negative day
* offsets, SQRT/PWR for compound growth, ABS/NEG/SIGN-style tests and money masks
* (FMT 'R2,$#12', 'R2-', 'R2C', 'R2D', 'R%6', 'MD2,', 'MD2-', 'MD2<', 'MD0', 'MR2').
ACCTS = 'SAV1|1500.00|2.75|31':@FM:'SAV2|-42.10|19.9|30':@FM:'SAV3|250000|4.125|365'
ACCTS<-1> = 'SAV4|0.005|1|1':@FM:'SAV5|999999.995|0.5|92'
PRINT FMT('Acct', 'L#6'):FMT('Balance', 'R#14'):FMT('Rate', 'R#7'):FMT('Days', 'R#5'):FMT('Interest', 'R#12'):FMT('New', 'R#15')
FOR I = 1 TO DCOUNT(ACCTS, @FM)
   A = ACCTS<I>
   BAL = FIELD(A, '|', 2) ; RATE = FIELD(A, '|', 3) ; DAYS = FIELD(A, '|', 4)
   INTR = BAL * RATE / 100 * DAYS / 365
   R2 = INT(INTR * 100 + 0.5) / 100
   PRINT FMT(FIELD(A, '|', 1), 'L#6'):FMT(BAL, 'R2,$#14'):FMT(RATE, 'R3#7'):FMT(DAYS, 'R#5'):FMT(INTR, 'R2-#12'):FMT(BAL + R2, 'R2,C#15')
   PRINT '      raw ':INTR:' md2 ':OCONV(INTR * 100, 'MD2'):' md2- ':OCONV(INTR * 100, 'MD2-'):' md2< ':OCONV(INTR * 100, 'MD2<'):' mr2 ':OCONV(INTR * 100, 'MR2'):' md0 ':OCONV(INTR, 'MD0')
NEXT I
* rounding half-way cases both ways
VALS = 0.125:@FM:0.135:@FM:-0.125:@FM:2.5:@FM:-2.5:@FM:1.005:@FM:-0.004:@FM:12345.675
FOR I = 1 TO DCOUNT(VALS, @FM)
   V = VALS<I>
   PRINT FMT(V, 'R#10'):' R2[':FMT(V, 'R2'):'] R0[':FMT(V, 'R0'):'] D2[':FMT(V, 'R2D'):'] C[':FMT(V, 'R2C'):'] E[':FMT(V, 'R2E'):'] MD2[':OCONV(V * 100, 'MD2'):'] INT[':INT(V):']'
NEXT I
* percentages and zero padding
PRINT FMT(7, 'R%6'):' ':FMT(1234, 'R%3'):' ':FMT(42, 'L%5'):' ':FMT(-5, 'R%6'):' ':FMT(3.14159, 'R2%8')
PRINT FMT(1234567.891, 'R2,#15'):'|':FMT(-1234567.891, 'R2,#15'):'|':FMT(0, 'R2,$#10'):'|':FMT('', 'R2#6'):'|':FMT('abc', 'R2#6'):'|'
PRINT OCONV(123456789, 'MD2,'):' ':OCONV(-123456789, 'MD2,'):' ':OCONV(5, 'MD2'):' ':OCONV(-5, 'MD3'):' ':OCONV(123456, 'MD2,$'):' ':OCONV(1000, 'ML2'):' ':OCONV(150, 'MD1P')
* day arithmetic with negative offsets
OFFS = 10:@FM:-10:@FM:-7:@FM:7:@FM:-1:@FM:0:@FM:-15
FOR I = 1 TO DCOUNT(OFFS, @FM)
   D = OFFS<I>
   PRINT FMT(D, 'R#4'):' mod7 ':FMT(MOD(D, 7), 'R#3'):' rem7 ':FMT(REM(D, 7), 'R#3'):' mod-7 ':FMT(MOD(D, -7), 'R#3'):' rem-7 ':FMT(REM(D, -7), 'R#3'):' int/3 ':INT(D / 3):' abs ':ABS(D)
NEXT I
* compound growth and precision
P = 1000
PRINT 'compound 5y at 3%: ':P * PWR(1.03, 5):' root: ':SQRT(2):' pwr frac: ':PWR(16, 0.5):' neg exp: ':PWR(2, -3)
PRECISION 2
PRINT 'precision 2: ':1/3:' ':2/3:' ':10/4:' ':-1/3
PRECISION 9
PRINT 'precision 9: ':1/3:' ':2/3:' ':SQRT(10):' ':1/7
PRECISION 4
PRINT 'precision 4: ':1/3:' ':100000/3:' ':0.00004:' ':0.00005
PRINT 'done'
