* Cheque writer: amounts in words, Roman numerals, ordinal suffixes
ONES = 'one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,thirteen,fourteen,fifteen,sixteen,seventeen,eighteen,nineteen'
TENS = ',twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety'
AMOUNTS = '0':@FM:'7.05':@FM:'19':@FM:'21.5':@FM:'100':@FM:'1234.56':@FM:'1000000':@FM:'90019.99'
FOR A = 1 TO DCOUNT(AMOUNTS, @FM)
   AMT = AMOUNTS<A>
   POUNDS = INT(AMT)
   PENCE = ICONV(AMT, 'MD2') - POUNDS * 100
   N = POUNDS ; GOSUB SAY.NUMBER
   TXT = WORDS:' pound':(IF POUNDS = 1 THEN '' ELSE 's')
   IF PENCE THEN TXT := ' and ':PENCE:'p'
   PRINT FMT(OCONV(ICONV(AMT,'MD2'),'MD2,'), 'R#12'):'  ':UPCASE(TXT[1,1]):TXT[2,999]
NEXT A
* Roman numerals
VALS = 1000:@VM:900:@VM:500:@VM:400:@VM:100:@VM:90:@VM:50:@VM:40:@VM:10:@VM:9:@VM:5:@VM:4:@VM:1
SYMS = 'M':@VM:'CM':@VM:'D':@VM:'CD':@VM:'C':@VM:'XC':@VM:'L':@VM:'XL':@VM:'X':@VM:'IX':@VM:'V':@VM:'IV':@VM:'I'
FOR Y = 1987 TO 2027 STEP 8
   R = '' ; REST = Y
   FOR K = 1 TO 13
      LOOP WHILE REST >= VALS<1,K> DO
         R := SYMS<1,K> ; REST -= VALS<1,K>
      REPEAT
   NEXT K
   PRINT Y:'=':R:' ':
NEXT Y
PRINT
* ordinals
OUT = ''
FOR N = 1 TO 25 STEP 3
   SFX = 'th'
   IF MOD(INT(N / 10), 10) # 1 THEN
      BEGIN CASE
         CASE MOD(N, 10) = 1 ; SFX = 'st'
         CASE MOD(N, 10) = 2 ; SFX = 'nd'
         CASE MOD(N, 10) = 3 ; SFX = 'rd'
      END CASE
   END
   OUT := N:SFX:' '
NEXT N
PRINT OUT
PRINT 'done'
STOP

SAY.NUMBER:
   IF N = 0 THEN WORDS = 'zero' ; RETURN
   WORDS = ''
   SCALES = 'million':@VM:'thousand':@VM:''
   DIVISORS = 1000000:@VM:1000:@VM:1
   FOR S = 1 TO 3
      CHUNK = INT(N / DIVISORS<1,S>)
      N = MOD(N, DIVISORS<1,S>)
      IF CHUNK = 0 THEN CONTINUE
      PART = ''
      H = INT(CHUNK / 100) ; R2 = MOD(CHUNK, 100)
      IF H THEN PART = FIELD(ONES, ',', H):' hundred'
      IF R2 THEN
         IF PART # '' THEN PART := ' and '
         IF R2 < 20 THEN
            PART := FIELD(ONES, ',', R2)
         END ELSE
            PART := FIELD(TENS, ',', INT(R2 / 10))
            IF MOD(R2, 10) THEN PART := '-':FIELD(ONES, ',', MOD(R2, 10))
         END
      END
      IF WORDS # '' THEN WORDS := ' '
      WORDS := PART
      IF SCALES<1,S> # '' THEN WORDS := ' ':SCALES<1,S>
   NEXT S
   RETURN
END
