SUBROUTINE A3.ADDTAX(MAT LINES, COUNT, RATE, TOTALS)
* Adds tax to each priced line of a one-dimensional array (qty * price in value 1
* and 2 of each element) and returns net, tax and gross in TOTALS; unnamed COMMON
* carries the rounding mode and a running audit count.
COMMON ROUND.MODE, AUDIT.N
DIM LINES(1)
NET = 0 ; TAX = 0
FOR I = 1 TO COUNT
   AMT = LINES(I)<1, 1> * LINES(I)<1, 2>
   T = AMT * RATE / 100
   IF ROUND.MODE = 'UP' THEN T = INT(T * 100 + 0.999) / 100 ELSE T = INT(T * 100 + 0.5) / 100
   LINES(I)<1, 3> = T
   NET += AMT ; TAX += T
   AUDIT.N += 1
NEXT I
TOTALS = NET:@FM:TAX:@FM:NET + TAX
RETURN
END
