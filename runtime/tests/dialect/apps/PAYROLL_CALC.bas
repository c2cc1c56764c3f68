REM Weekly payroll: overtime, tax bands, deductions; mixed comment styles and continuation
* hours are held in tenths of an hour, rates in pence
! a REM, a star and a bang all start comments
EQUATE STD.HOURS TO 400          ;* 40.0 hours in tenths
EQUATE OT.FACTOR TO 1.5
EMPLOYEES = 'E01':@VM:'Jones, A':@VM:'452':@VM:'1250'
EMPLOYEES<2> = 'E02':@VM:'Patel, R':@VM:'380':@VM:'1875'
EMPLOYEES<3> = 'E03':@VM:'Ng, T':@VM:'500':@VM:'990'
EMPLOYEES<4> = 'E04':@VM:'Okafor, C':@VM:'0':@VM:'2200'
BANDS = 0:@VM:20000:@VM:50000 ;* weekly thresholds in pence
RATES = 0:@VM:20:@VM:40
TOT.GROSS = 0 ; TOT.TAX = 0
PRINT FMT('Id','L#4'):FMT('Name','L#12'):FMT('Hours','R#7'):FMT('Gross','R#10'):FMT('Tax','R#9'):FMT('Net','R#10')
FOR E = 1 TO DCOUNT(EMPLOYEES, @FM)
   ID = EMPLOYEES<E,1> ; NAME = EMPLOYEES<E,2>
   HOURS = EMPLOYEES<E,3> ; RATE = EMPLOYEES<E,4>
   IF HOURS > STD.HOURS THEN
      GROSS = STD.HOURS * RATE / 10 + (HOURS - STD.HOURS) * RATE * OT.FACTOR / 10
   END ELSE
      GROSS = HOURS * RATE / 10
   END
   GROSS = INT(GROSS + 0.5)
   GOSUB CALC.TAX
   NET = GROSS - TAX
   TOT.GROSS += GROSS ; TOT.TAX += TAX
   PRINT FMT(ID,'L#4'):FMT(NAME,'L#12'):FMT(OCONV(HOURS,'MD1'),'R#7'):
   PRINT FMT(OCONV(GROSS,'MD2,'),'R#10'):FMT(OCONV(TAX,'MD2'),'R#9'):FMT(OCONV(NET, 'MD2,'),'R#10')
NEXT E
PRINT STR('=',52)
PRINT FMT('Totals','L#23'):FMT(OCONV(TOT.GROSS,'MD2,'),'R#10'):FMT(OCONV(TOT.TAX,'MD2'),'R#9'):
PRINT FMT(OCONV(TOT.GROSS - TOT.TAX, 'MD2,'),'R#10')
PRINT 'Effective rate: ':OCONV(TOT.TAX * 10000 / TOT.GROSS, 'MD2'):'%'
AVG = TOT.GROSS / DCOUNT(EMPLOYEES, @FM)
PRINT 'Average gross: ', OCONV(AVG, 'MD2'), 'raw ', AVG
PRINT 'Long ':
PRINT 'statement ':'joined ':
PRINT 'over lines: ':FMT(1 + 2 + 3,
   'R%4')
PRINT 'done'
STOP

CALC.TAX:
   TAX = 0
   FOR B = DCOUNT(BANDS, @VM) TO 1 STEP -1
      IF GROSS > BANDS<1,B> THEN
         TAX = (GROSS - BANDS<1,B>) * RATES<1,B> / 100
         FOR LOWER = B - 1 TO 2 STEP -1
            TAX += (BANDS<1,LOWER+1> - BANDS<1,LOWER>) * RATES<1,LOWER> / 100
         NEXT LOWER
         EXIT
      END
   NEXT B
   TAX = OCONV(TAX, 'MR0')
   RETURN
END
