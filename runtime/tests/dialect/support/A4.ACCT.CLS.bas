CLASS A4.ACCT.CLS
* A bank account: number, holder, lowest balance allowed, balance in pence, transactions
   PUBLIC NUMBER READONLY, HOLDER, LIMIT
   PRIVATE BAL, TXNS
   PUBLIC SUBROUTINE CREATE.OBJECT
      BAL = 0
      TXNS = ''
      NUMBER = ''
      LIMIT = 0
   END
   PUBLIC SUBROUTINE OPEN.AS(N, H)
      NUMBER = N
      HOLDER = H
   END
   GET BALANCE
      RETURN BAL
   END
   PUBLIC FUNCTION POST(AMT, TEXT)
      IF AMT < 0 AND BAL + AMT < LIMIT THEN RETURN 0
      BAL += AMT
      TXNS<1, -1> = AMT
      TXNS<2, -1> = TEXT
      RETURN 1
   END
   PUBLIC FUNCTION STATEMENT
      S = ''
      FOR I = 1 TO DCOUNT(TXNS<1>, @VM)
         S<-1> = '  ':FMT(TXNS<2, I>, '18L'):FMT(OCONV(TXNS<1, I>, 'MD2'), '10R')
      NEXT I
      RETURN S
   END
   PUBLIC FUNCTION KIND
      RETURN 'account'
   END
END
