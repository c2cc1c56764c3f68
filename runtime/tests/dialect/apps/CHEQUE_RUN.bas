* Supplier cheque run: remittance advices laid out with FMT masks of every kind a
* report writer uses: justification with fill characters ('L*10', 'R*12', 'C-20'),
* mask templates ('L###-###', 'R##/##/####', 'L(###) ###-####'), text wrapping 'T#n'
* and '20T', scaling 'R2', commas/credit/dollar options, date conversion inside FMT
* ('D4/', 'D2-'), amounts in words, and FMTS over value lists.
SUPP = 'S1|Acorn Supplies Ltd|4412345678|250.5|20000|Order 7781 and 7790, goods received in full'
SUPP<-1> = 'S2|B & Q Builders Merchants Northern Division|1132457788|12345.678|20031|'
SUPP<-1> = 'S3|Cole|9|-75|20040|Credit note applied'
SUPP<-1> = 'S4|Dee Ltd|0800123456|0.4|0|'
ONES = 'one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,thirteen,fourteen,fifteen,sixteen,seventeen,eighteen,nineteen'
TENS = ',twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety'
FOR I = 1 TO DCOUNT(SUPP, @FM)
   S = SUPP<I>
   NAME = FIELD(S, '|', 2) ; PHONE = FIELD(S, '|', 3) ; AMT = FIELD(S, '|', 4)
   PDATE = FIELD(S, '|', 5) ; MEMO = FIELD(S, '|', 6)
   PRINT STR('=', 40)
   PRINT FMT(FIELD(S, '|', 1), 'L#4'):FMT(NAME, 'L#24'):FMT(PDATE, 'D4/')
   PRINT '    phone ':FMT(PHONE, 'L(###) ###-####'):'  ref ':FMT(PHONE[1, 6], 'L###-###'):'  paid ':FMT(PDATE, 'D2-')
   PRINT '    *':FMT(AMT, 'R2*12'):'*  [':FMT(AMT, 'R2,$*14'):']  [':FMT(AMT, 'L2*12'):']  [':FMT(AMT, 'R2C#12'):']'
   PRINT '    [':FMT(NAME, 'C-30'):']'
   W = FMT(NAME, 'T#14')
   PRINT '    wrapped: ':CONVERT(@TM, '|', W)
   IF MEMO # '' THEN PRINT '    memo: ':CONVERT(@TM, '/', FMT(MEMO, '20T'))
   N = INT(ABS(AMT)) ; PENCE = INT(ABS(AMT) * 100 + 0.5) - N * 100
   GOSUB WORDS
   PRINT '    pay ':WDS:' and ':FMT(PENCE, 'R%2'):'p'
NEXT I
PRINT STR('=', 40)
AMTS = 250.5:@VM:12345.678:@VM:-75:@VM:0.4
PRINT 'fmts: ':CONVERT(@VM, '|', FMTS(AMTS, 'R2#10'))
PRINT 'fmts masks: ':CONVERT(@VM, '|', FMTS('1':@VM:'22':@VM:'333', 'R%4'))
PRINT 'mask short: [':FMT('12', 'R##-##'):'] [':FMT('1234567', 'L##-##'):'] [':FMT('', 'L#5'):'] [':FMT('abc', '5'):']'
PRINT 'scaled: [':FMT(12345, 'R24'):'] [':FMT(12345, 'R2'):'] [':FMT(-0.005, 'R2'):']'
PRINT 'done'
STOP
WORDS:
   IF N = 0 THEN WDS = 'zero' ; RETURN
   WDS = ''
   IF N >= 1000 THEN
      T = INT(N / 1000) ; WDS = FIELD(ONES, ',', T):' thousand' ; N = MOD(N, 1000)
   END
   IF N >= 100 THEN
      WDS := (IF WDS = '' THEN '' ELSE ' '):FIELD(ONES, ',', INT(N / 100)):' hundred' ; N = MOD(N, 100)
      IF N THEN WDS := ' and'
   END
   IF N >= 20 THEN
      WDS := (IF WDS = '' THEN '' ELSE ' '):FIELD(TENS, ',', INT(N / 10)) ; N = MOD(N, 10)
      IF N THEN WDS := '-':FIELD(ONES, ',', N) ; N = 0
   END
   IF N THEN WDS := (IF WDS = '' THEN '' ELSE ' '):FIELD(ONES, ',', N)
RETURN
