* Date arithmetic for an accounts-receivable ageing report
* invoice dates arrive in several external formats and are stored internally
INVOICES = 'INV1':@VM:'01/15/2024':@VM:'1250.00'
INVOICES<-1> = 'INV2':@VM:'29 FEB 2024':@VM:'75.5'
INVOICES<-1> = 'INV3':@VM:'2023-12-01':@VM:'980'
INVOICES<-1> = 'INV4':@VM:'12-31-23':@VM:'12.34'
INVOICES<-1> = 'INV5':@VM:'bad date':@VM:'1'

TODAY = ICONV('03/31/2024', 'D')
PRINT 'Report date: ':OCONV(TODAY, 'D4/'):' (':OCONV(TODAY,'DWA'):') internal ':TODAY
PRINT 'Alternative forms: ':OCONV(TODAY,'D2/'):' ':OCONV(TODAY,'D4-'):' ':OCONV(TODAY,'D'):' ':OCONV(TODAY,'D2'):' ':OCONV(TODAY, 'DMY')
PRINT 'Year/month/day parts: ':OCONV(TODAY,'DY'):'|':OCONV(TODAY,'DM'):'|':OCONV(TODAY,'DD'):'|':OCONV(TODAY,'DMA'):'|':OCONV(TODAY,'DQ'):'|':OCONV(TODAY,'DJ')

BUCKETS = 0:@FM:0:@FM:0:@FM:0
LABELS = 'Current':@FM:'31-60':@FM:'61-90':@FM:'Over 90'
FOR N = 1 TO DCOUNT(INVOICES, @FM)
   REC = INVOICES<N>
   D = REC<1,2>
   BEGIN CASE
      CASE D MATCHES '4N-2N-2N'
         * ISO date: turn it round into M/D/Y
         D = FIELD(D,'-',2):'/':FIELD(D,'-',3):'/':FIELD(D,'-',1)
      CASE 1
         NULL
   END CASE
   IDATE = ICONV(D, 'D')
   IF STATUS() # 0 THEN
      PRINT REC<1,1>:': cannot read date "':REC<1,2>:'" status ':STATUS()
      CONTINUE
   END
   AGE = TODAY - IDATE
   BEGIN CASE
      CASE AGE <= 30 ; B = 1
      CASE AGE <= 60 ; B = 2
      CASE AGE <= 90 ; B = 3
      CASE 1 ; B = 4
   END CASE
   AMT = ICONV(REC<1,3>, 'MD2')
   BUCKETS<B> = BUCKETS<B> + AMT
   DUE = IDATE + 30
   PRINT FMT(REC<1,1>,'L#6'):OCONV(IDATE,'D2/'):'  due ':OCONV(DUE,'D4-'):' ':FMT(AGE,'R#5'):' days ':FMT(OCONV(AMT,'MD2'),'R#9')
NEXT N
PRINT
FOR B = 1 TO 4
   PRINT FMT(LABELS<B>,'L#10'):FMT(OCONV(BUCKETS<B>,'MD2,'),'R#12')
NEXT B
* month ends: first of next month minus one
FOR M = 1 TO 12 STEP 3
   NM = M + 1 ; Y = 2024
   IF NM > 12 THEN NM = 1 ; Y += 1
   LAST = ICONV(NM:'/1/':Y, 'D') - 1
   PRINT 'End of month ':M:': ':OCONV(LAST, 'D4'):' ':OCONV(LAST,'DWA'):' week day ':OCONV(LAST,'DW')
NEXT M
PRINT 'Days in 2024: ':ICONV('12/31/2024','D') - ICONV('12/31/2023','D')
PRINT 'Epoch: ':OCONV(0,'D4/'):' ':OCONV(-1,'D'):' ':OCONV(1,'DMY[,A3,2]')
PRINT 'done'
END
