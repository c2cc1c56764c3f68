* Delivery route costing: depot-to-drop distances from grid references with SQRT
* and PWR, great-circle distances with SIN/COS/ATAN (degrees), fuel use with LN/EXP
* based decay, and results printed raw (default precision), through PRECISION 6,
* and rounded with FMT and OCONV MD.
DROPS = 'Depot|0|0|53.800|-1.550':@FM:'Mill|3|4|53.960|-1.080':@FM:'Farm|-6|8|54.100|-1.520'
DROPS<-1> = 'Quay|12|-5|53.740|-0.330':@FM:'Barn|0.5|0.25|53.810|-1.560'
PRINT FMT('Drop', 'L#6'):FMT('Grid km', 'R#10'):FMT('GC km', 'R#10'):FMT('Bearing', 'R#9'):FMT('Fuel l', 'R#8')
LAT0 = FIELD(DROPS<1>, '|', 4) ; LON0 = FIELD(DROPS<1>, '|', 5)
TOT = 0
FOR I = 2 TO DCOUNT(DROPS, @FM)
   D = DROPS<I>
   X = FIELD(D, '|', 2) ; Y = FIELD(D, '|', 3)
   GRID = SQRT(PWR(X, 2) + PWR(Y, 2))
   LAT = FIELD(D, '|', 4) ; LON = FIELD(D, '|', 5)
   DLAT = LAT - LAT0 ; DLON = LON - LON0
   A = PWR(SIN(DLAT / 2), 2) + COS(LAT0) * COS(LAT) * PWR(SIN(DLON / 2), 2)
   GC = 2 * 6371 * ATAN(SQRT(A) / SQRT(1 - A)) * 3.14159265358979 / 180
   BRG = ATAN(Y / (IF X = 0 THEN 0.000001 ELSE X))
   FUEL = 0.08 * GC * (1 + LN(1 + GC) / 10)
   TOT += FUEL
   PRINT FMT(FIELD(D, '|', 1), 'L#6'):FMT(GRID, 'R3#10'):FMT(GC, 'R3#10'):FMT(BRG, 'R1#9'):FMT(FUEL, 'R2#8')
   PRINT '      raw ':GRID:' ':GC:' ':A:' ':BRG
NEXT I
PRINT 'fuel total ':OCONV(TOT * 100, 'MD2'):' litres, raw ':TOT
PRINT 'trig: ':SIN(30):' ':COS(60):' ':TAN(45):' ':ATAN(1):' ':SIN(0):' ':COS(90):' ':TAN(0):' ':SIN(-90):' ':COS(180)
PRINT 'logs: ':LN(1):' ':LN(10):' ':EXP(1):' ':EXP(0):' ':EXP(-1):' ':LN(EXP(2)):' ':EXP(10)
PRECISION 6
PRINT 'p6 trig: ':SIN(30):' ':COS(45):' ':TAN(60):' ':ATAN(2):' ':SQRT(3)
PRINT 'p6 logs: ':LN(2):' ':EXP(0.5):' ':PWR(2, 0.5):' ':1/7:' ':22/7
PRECISION 0
PRINT 'p0: ':1/3:' ':2/3:' ':SQRT(10):' ':10/4:' ':-2.5 * 1:' ':7/2
PRINT 'done'
