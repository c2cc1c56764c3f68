* ICONV D on text dates typed many ways, under several date codes (order, separators,
* year digits), with STATUS() for each.
D = '12/25/24':@FM:'25/12/24':@FM:'12-25-2024':@FM:'25 DEC 24':@FM:'DEC 25 2024':@FM:'25DEC2024':@FM:'2024/12/25':@FM:'20241225':@FM:'122524'
D<-1> = '1/1':@FM:'12':@FM:'1 1 1':@FM:'31 APR 2024':@FM:'0/0/0':@FM:'13/13/13':@FM:'DECEMBER 25, 2024':@FM:'25.12.2024':@FM:'2/29/00':@FM:'2/29/1900'
D<-1> = '1/1/49':@FM:'1/1/50':@FM:'1/1/30':@FM:'1/1/29':@FM:'1/1/0':@FM:'1/1/100':@FM:'1/1/9999':@FM:'1/1/10000':@FM:' 1/ 2/ 3 ':@FM:'jan 5 99':@FM:'5 Sept 2001'
D<-1> = '12/25/24 extra':@FM:'2024-W05':@FM:'+1/2/3':@FM:'1//3':@FM:'1.2.3':@FM:'01022003'
C = 'D':@FM:'DE':@FM:'D4':@FM:'DYMD':@FM:'DDMY':@FM:'D2/':@FM:'DMDY':@FM:'D4-YMD'
FOR I = 1 TO DCOUNT(D, @FM)
   L = FMT(D<I>, 'L#18'):'|'
   FOR J = 1 TO DCOUNT(C, @FM)
      X = ICONV(D<I>, C<J>)
      L := X:'(':STATUS():')|'
   NEXT J
   PRINT L
NEXT I
PRINT 'done'
