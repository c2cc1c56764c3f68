* SUPPORT: A4.ACCT.CLS A4.SAVER.CLS A4.CURRENT.CLS
* Bank accounts as objects: a base account class, a savings class that inherits an
* account object explicitly and overrides POST, a current account that inherits by its
* CLASS statement and sets an overdraft through the inherited property. A day's
* transactions are posted by account number through a list of objects; refused
* postings, interest and statements are printed.
CLASSES = 'A4.ACCT.CLS':@FM:'A4.SAVER.CLS':@FM:'A4.CURRENT.CLS'
FOR C = 1 TO 3
   EXECUTE 'BASIC BP ':CLASSES<C> CAPTURING JUNK
   EXECUTE 'CATALOG BP ':CLASSES<C>:' LOCAL' CAPTURING JUNK
NEXT C
DIM ACCTS(10)
NACCTS = 0 ; NUMBERS = ''
A = OBJECT('A4.SAVER.CLS', 'S-1001', 'A. Patel', 3.5) ; GOSUB ADD.ACCOUNT
A = OBJECT('A4.CURRENT.CLS', 'C-2001', 'B. Jones', 25000) ; GOSUB ADD.ACCOUNT
A = OBJECT('A4.ACCT.CLS') ; A->OPEN.AS('B-3001', 'Basic Ltd') ; GOSUB ADD.ACCOUNT
A = OBJECT('A4.CURRENT.CLS', 'C-2002', 'C. Wu', 0) ; GOSUB ADD.ACCOUNT
A = ''
PRINT NACCTS:' accounts'
FOR I = 1 TO NACCTS
   PRINT '  ':ACCTS(I)->NUMBER:' ':FMT(ACCTS(I)->HOLDER, '10L'):ACCTS(I)->KIND
NEXT I
* the day's work: account, amount in pence (negative: a payment out), text
DAY = 'S-1001|500000|Opening deposit'
DAY<-1> = 'C-2001|120000|Salary'
DAY<-1> = 'C-2001|-45000|Rent'
DAY<-1> = 'B-3001|10000|Cash in'
DAY<-1> = 'B-3001|-15000|Supplier'
DAY<-1> = 'S-1001|-20000|Withdrawal 1'
DAY<-1> = 'C-2001|-95000|Car repair'
DAY<-1> = 'S-1001|-20000|Withdrawal 2'
DAY<-1> = 'C-2002|-100|Coffee'
DAY<-1> = 'S-1001|-20000|Withdrawal 3'
DAY<-1> = 'S-1001|-20000|Withdrawal 4'
DAY<-1> = 'X-9999|100|Unknown'
DAY<-1> = 'C-2001|-10000|Phone'
FOR D = 1 TO DCOUNT(DAY, @FM)
   NO = FIELD(DAY<D>, '|', 1) ; AMT = FIELD(DAY<D>, '|', 2) ; TXT = FIELD(DAY<D>, '|', 3)
   LOCATE NO IN NUMBERS<1> SETTING P ELSE
      PRINT 'no account ':NO:' for ':TXT
      CONTINUE
   END
   A = ACCTS(P)
   IF OBJINFO(A, 1) = 'A4.CURRENT.CLS' AND AMT < 0 THEN
      A->PAY(-AMT, TXT)
      OK = 1
   END ELSE
      OK = A->POST(AMT, TXT)
   END
   IF NOT(OK) THEN PRINT 'refused: ':NO:' ':TXT:' ':OCONV(AMT, 'MD2')
NEXT D
A = ''
PRINT 'interest on S-1001 for 30 days: ':OCONV(ACCTS(1)->ADD.INTEREST(30), 'MD2')
PRINT 'S-1001 ':ACCTS(1)->OVERDRAFT.FEE
PRINT 'fees: C-2001 ':ACCTS(2)->FEES:', C-2002 ':ACCTS(4)->FEES
PRINT
TOTAL = 0
FOR I = 1 TO NACCTS
   A = ACCTS(I)
   PRINT A->NUMBER:' ':A->HOLDER:' (':OBJINFO(A, 1):') balance ':OCONV(A->BALANCE, 'MD2,')
   S = A->STATEMENT
   FOR L = 1 TO DCOUNT(S, @FM) ; PRINT S<L> ; NEXT L
   TOTAL += A->BALANCE
NEXT I
PRINT 'bank total ':OCONV(TOTAL, 'MD2,$')
PRINT 'done'
STOP
*
ADD.ACCOUNT:
   NACCTS += 1
   ACCTS(NACCTS) = A
   NUMBERS<NACCTS> = A->NUMBER
RETURN
END
