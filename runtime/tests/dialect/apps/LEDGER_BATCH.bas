* Month-end journal batch: accounts on a file, journals validated (balanced, known
* accounts, open period), posted under record locks, a trial balance at the end.
* A new developer's style: EQUATEd field positions, BEGIN CASE, LOCATE BY "AL".
EQU AC.NAME TO 1, AC.TYPE TO 2, AC.BAL TO 3, AC.HIST TO 4
EQU JN.DATE TO 1, JN.DESC TO 2, JN.ACCT TO 3, JN.AMT TO 4
EXECUTE 'CREATE.FILE GL.ACCOUNTS' CAPTURING JUNK
EXECUTE 'CREATE.FILE GL.JOURNALS' CAPTURING JUNK
OPEN 'GL.ACCOUNTS' TO F.ACCT ELSE STOP 'cannot open GL.ACCOUNTS'
OPEN 'GL.JOURNALS' TO F.JRNL ELSE STOP 'cannot open GL.JOURNALS'
CLEARFILE F.ACCT
CLEARFILE F.JRNL
*
* chart of accounts: id, name, type (A L E I X)
CHART = '1000|Cash at bank|A~1100|Debtors|A~1500|Equipment|A~2000|Creditors|L'
CHART := '~2100|VAT payable|L~3000|Capital|E~4000|Sales|I~5000|Purchases|X~5100|Rent|X'
CONVERT '~|' TO @FM:@VM IN CHART
ACCT.IDS = ''
FOR I = 1 TO DCOUNT(CHART, @FM)
   ID = CHART<I,1>
   REC = ''
   REC<AC.NAME> = CHART<I,2>
   REC<AC.TYPE> = CHART<I,3>
   REC<AC.BAL> = 0
   WRITE REC ON F.ACCT, ID
   LOCATE ID IN ACCT.IDS<1> BY 'AL' SETTING POS ELSE INS ID BEFORE ACCT.IDS<POS>
NEXT I
PRINT 'accounts loaded: ':DCOUNT(ACCT.IDS, @FM)
*
* journals: each line is date, description, then account:amount pairs (pence)
PERIOD.START = ICONV('01 MAR 2024', 'D')
PERIOD.END = ICONV('31 MAR 2024', 'D')
J = ''
J<-1> = '01/03/2024|Opening capital|1000:5000000,3000:-5000000'
J<-1> = '04/03/2024|Van bought|1500:1800000,1000:-1800000'
J<-1> = '09/03/2024|Invoice 1001|1100:240000,4000:-200000,2100:-40000'
J<-1> = '15/03/2024|Rent March|5100:95000,1000:-95000'
J<-1> = '18/03/2024|Stock|5000:120000,2000:-120001'
J<-1> = '22/03/2024|Misposted|9999:100,1000:-100'
J<-1> = '02/04/2024|Next period|1000:100,4000:-100'
J<-1> = '29/03/2024|Receipt 1001|1000:240000,1100:-240000'
J<-1> = '31/03/2024|Empty'
POSTED = 0 ; REJECTED = 0 ; JNO = 0
FOR I = 1 TO DCOUNT(J, @FM)
   LINE = J<I>
   JDATE = ICONV(FIELD(LINE, '|', 1), 'D4/E')
   DESC = FIELD(LINE, '|', 2)
   LEGS = FIELD(LINE, '|', 3)
   GOSUB VALIDATE
   IF ERR # '' THEN
      REJECTED += 1
      PRINT FMT(DESC, '15L'):' rejected: ':ERR
      CONTINUE
   END
   GOSUB POST
   POSTED += 1
NEXT I
PRINT 'posted ':POSTED:', rejected ':REJECTED
GOSUB TRIAL.BALANCE
PRINT 'done'
STOP
*
VALIDATE:
   ERR = ''
   BEGIN CASE
      CASE LEGS = ''
         ERR = 'no legs'
      CASE JDATE < PERIOD.START OR JDATE > PERIOD.END
         ERR = 'date ':OCONV(JDATE, 'D2-'):' outside period'
   END CASE
   IF ERR # '' THEN RETURN
   TOTAL = 0
   N.LEGS = DCOUNT(LEGS, ',')
   FOR L = 1 TO N.LEGS
      LEG = FIELD(LEGS, ',', L)
      ACC = FIELD(LEG, ':', 1)
      READV NM FROM F.ACCT, ACC, AC.NAME ELSE
         ERR = 'unknown account ':ACC
         RETURN
      END
      TOTAL += FIELD(LEG, ':', 2)
   NEXT L
   IF TOTAL # 0 THEN ERR = 'out of balance by ':OCONV(TOTAL, 'MD2')
RETURN
*
POST:
   JNO += 1
   JREC = ''
   JREC<JN.DATE> = JDATE
   JREC<JN.DESC> = DESC
   FOR L = 1 TO N.LEGS
      LEG = FIELD(LEGS, ',', L)
      ACC = FIELD(LEG, ':', 1) ; AMT = FIELD(LEG, ':', 2)
      JREC<JN.ACCT, L> = ACC
      JREC<JN.AMT, L> = AMT
      READU AREC FROM F.ACCT, ACC LOCKED
         PRINT 'account ':ACC:' locked'
         CONTINUE
      END ELSE
         RELEASE F.ACCT, ACC
         CONTINUE
      END
      AREC<AC.BAL> += AMT
      AREC<AC.HIST, -1> = JNO
      WRITE AREC ON F.ACCT, ACC
   NEXT L
   WRITE JREC ON F.JRNL, 'J':FMT(JNO, "R%4")
RETURN
*
TRIAL.BALANCE:
   PRINT
   PRINT FMT('Account', '7L'):' ':FMT('Name', '14L'):FMT('Debit', '14R'):FMT('Credit', '14R')
   PRINT STR('-', 48)
   DR.TOT = 0 ; CR.TOT = 0
   LOOP
      REMOVE ID FROM ACCT.IDS SETTING MORE
      READ AREC FROM F.ACCT, ID THEN
         BAL = AREC<AC.BAL>
         IF BAL = 0 THEN
            LINE = ''
         END ELSE IF BAL > 0 THEN
            LINE = FMT(OCONV(BAL, 'MD2,'), '14R'):SPACE(14)
            DR.TOT += BAL
         END ELSE
            LINE = SPACE(14):FMT(OCONV(-BAL, 'MD2,'), '14R')
            CR.TOT -= BAL
         END
         IF LINE # '' THEN
            PRINT FMT(ID, '7L'):' ':FMT(AREC<AC.NAME>, '14L'):LINE:' (':DCOUNT(AREC<AC.HIST>, @VM):')'
         END
      END
   WHILE MORE DO REPEAT
   PRINT STR('-', 48)
   PRINT SPACE(22):FMT(OCONV(DR.TOT, 'MD2,'), '14R'):FMT(OCONV(CR.TOT, 'MD2,'), '14R')
   IF DR.TOT = CR.TOT THEN PRINT 'trial balance agrees' ELSE PRINT 'TRIAL BALANCE DIFFERS'
   SELECT F.JRNL TO 1
   N = 0
   LOOP
      READNEXT JID FROM 1 ELSE EXIT
      N += 1
   REPEAT
   PRINT 'journal records: ':N
RETURN
END
