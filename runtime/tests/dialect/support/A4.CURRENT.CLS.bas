CLASS A4.CURRENT.CLS INHERITS A4.ACCT.CLS
* A current account: the account class inherited by the CLASS statement, an overdraft
* set through the inherited LIMIT property, a fee for each refused payment
   PUBLIC FEES READONLY
   PUBLIC SUBROUTINE CREATE.OBJECT(N, H, OD)
      ME->OPEN.AS(N, H)
      ME->LIMIT = -OD
      FEES = 0
   END
   PUBLIC SUBROUTINE PAY(AMT, TEXT)
      IF NOT(ME->POST(-AMT, TEXT)) THEN
         FEES += 1
         OK = ME->POST(-500, 'Refused: ':TEXT)
      END
   END
END
