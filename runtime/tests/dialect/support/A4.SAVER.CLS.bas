CLASS A4.SAVER.CLS
* A savings account: an account object inherited explicitly and kept in BASE so that
* the overridden POST can reach it; interest at RATE percent a year; 3 withdrawals
   PUBLIC RATE
   PRIVATE BASE, WITHDRAWALS
   PUBLIC SUBROUTINE CREATE.OBJECT(N, H, R)
      RATE = R
      WITHDRAWALS = 0
      BASE = OBJECT('A4.ACCT.CLS')
      BASE->OPEN.AS(N, H)
      INHERIT BASE
   END
   PUBLIC FUNCTION POST(AMT, TEXT)
      IF AMT < 0 THEN
         IF WITHDRAWALS >= 3 THEN RETURN 0
         WITHDRAWALS += 1
      END
      RETURN BASE->POST(AMT, TEXT)
   END
   PUBLIC FUNCTION ADD.INTEREST(DAYS)
      I = OCONV(ME->BALANCE * RATE / 100 * DAYS / 365, 'MD0')
      IF I > 0 THEN OK = BASE->POST(I, 'Interest ':DAYS:'d')
      RETURN I
   END
   PUBLIC FUNCTION KIND
      RETURN 'savings at ':RATE:'%'
   END
   PUBLIC FUNCTION UNDEFINED(NAME, A1)
      RETURN 'no ':NAME:' for savings'
   END
END
