SUBROUTINE A2.PRICE(CUST.REC, PROD.REC, QTY, LINE.NET, LINE.TAX, MSG)
* prices one order line: quantity breaks, class discount, tax by product class
$INCLUDE BP A2.INV.H
   MSG = ''
   UNIT = PROD.REC<PR.PRICE>
   BEGIN CASE
      CASE QTY >= 100 ; BREAK.PCT = 10
      CASE QTY >= 20  ; BREAK.PCT = 5
      CASE QTY >= 1   ; BREAK.PCT = 0
      CASE 1
         MSG = 'bad quantity ':QTY
         INV.ERRORS += 1
         LINE.NET = 0 ; LINE.TAX = 0
         RETURN
   END CASE
   GROSS = UNIT * QTY
   LINE.NET = GROSS - INT(GROSS * BREAK.PCT / 100 + 0.5)
   IF CUST.REC<CU.TERMS> = 'COD' THEN LINE.NET -= INT(LINE.NET / 50)
   CLASS = PROD.REC<PR.CLASS>
   IF CLASS = 'F' THEN RATE = 0 ELSE IF CLASS = 'R' THEN RATE = 5 ELSE RATE = 20
   LINE.TAX = INT(LINE.NET * RATE / 100 + 0.5)
   INV.COUNT += 1
   INV.TOTAL += LINE.NET + LINE.TAX
   INV.LOG<-1> = PROD.REC<PR.DESC>[1,8]:'x':QTY
RETURN
END
