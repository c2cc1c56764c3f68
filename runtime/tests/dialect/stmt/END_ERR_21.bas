* An END after ";" closes no block: it is the final END (as in old Pick programs
* written PRINT;END;X=X+1), so the THEN block stays unterminated
MONTH = 1
IF MONTH # 0 THEN
   PRINT 'harvest':
   PRINT;END;MONTH=MONTH+1
PRINT 'month ':MONTH
