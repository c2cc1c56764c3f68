* A main program calling catalogued subroutines and functions with named COMMON
* SUPPORT: AP.TAXCALC AP.FMTMONEY AP.COUNTER
COMMON /TOTALS/ GRAND, NCALLS
DEFFUN AP.FMTMONEY(AMT, WIDTH)
GRAND = 0 ; NCALLS = 0
ITEMS = 'Lamp':@VM:2499:@FM:'Desk':@VM:15000:@FM:'Pen':@VM:99:@FM:'Chair':@VM:8950
FOR I = 1 TO DCOUNT(ITEMS, @FM)
   NAME = ITEMS<I,1> ; PRICE = ITEMS<I,2>
   CALL AP.TAXCALC(PRICE, 'STD', TAX, ERR)
   IF ERR THEN PRINT 'error ':ERR ; CONTINUE
   PRINT FMT(NAME, 'L#8'):AP.FMTMONEY(PRICE, 10):AP.FMTMONEY(TAX, 9)
NEXT I
CALL AP.TAXCALC(1000, 'ZERO', TAX, ERR)
PRINT 'zero-rated tax: ':TAX:' err=':ERR
CALL AP.TAXCALC(1000, 'XYZ', TAX, ERR)
PRINT 'unknown code: err=':ERR
PRINT 'Grand total: ':AP.FMTMONEY(GRAND, 12):' over ':NCALLS:' calls'
* arguments passed by reference are updated; an expression is passed by value
N = 5
CALL AP.COUNTER(N)
CALL AP.COUNTER(N)
PRINT 'N after two calls: ':N
CALL AP.COUNTER((N))
PRINT 'N after call with (N): ':N
DIM M(3)
M(2) = 40
CALL AP.COUNTER(M(2))
PRINT 'M(2): ':M(2)
A = 'x':@FM:'7'
CALL AP.COUNTER(A<2>)
PRINT 'A<2> unchanged: ':A<2>
* indirect call through a variable
SUB = 'AP.COUNTER'
CALL @SUB(N)
PRINT 'N via @SUB: ':N
PRINT 'done'
END
