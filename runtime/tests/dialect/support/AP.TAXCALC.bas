SUBROUTINE AP.TAXCALC(AMOUNT, CODE, TAX, ERR)
* tax in whole pence for a rate code; accumulates into named COMMON
COMMON /TOTALS/ GRAND, NCALLS
   ERR = ''
   NCALLS += 1
   BEGIN CASE
      CASE CODE = 'STD' ; RATE = 20
      CASE CODE = 'RED' ; RATE = 5
      CASE CODE = 'ZERO' ; RATE = 0
      CASE 1
         ERR = 'BAD CODE ':CODE
         TAX = 0
         RETURN
   END CASE
   TAX = INT(AMOUNT * RATE / 100 + 0.5)
   GRAND += AMOUNT + TAX
RETURN
END
