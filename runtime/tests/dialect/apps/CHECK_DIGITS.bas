* Validation of card numbers (Luhn), ISBN-10/13 and a mod-11 account check digit
$DEFINE MAXLEN 19
CARDS = '4539 1488 0343 6467':@FM:'4539148803436468':@FM:'79927398713':@FM:'1234-5678-9012-3456':@FM:'0':@FM:'abc'
FOR I = 1 TO DCOUNT(CARDS, @FM)
   C = CARDS<I>
   GOSUB LUHN
   PRINT FMT(C, 'L#22'):VALID
NEXT I
ISBNS = '0-306-40615-2':@VM:'0-306-40615-3':@VM:'978-0-306-40615-7':@VM:'080442957X':@VM:'12345'
FOR I = 1 TO DCOUNT(ISBNS, @VM)
   B = CONVERT('-', '', ISBNS<1,I>)
   BEGIN CASE
      CASE LEN(B) = 10
         S = 0
         FOR P = 1 TO 10
            D = B[P,1]
            IF D = 'X' THEN D = 10
            S += D * (11 - P)
         NEXT P
         OK = (MOD(S, 11) = 0)
      CASE LEN(B) = 13
         S = 0
         FOR P = 1 TO 13
            W = 1 ; IF MOD(P, 2) = 0 THEN W = 3
            S += B[P,1] * W
         NEXT P
         OK = (REM(S, 10) = 0)
      CASE 1
         OK = 'bad length ':LEN(B)
   END CASE
   PRINT ISBNS<1,I>:' -> ':OK
NEXT I
* mod-11 check digit generation
FOR ACCT = 123450 TO 123456
   W = '7654321'
   S = 0
   DIGS = FMT(ACCT, 'R%7')
   FOR P = 1 TO 7 ; S += DIGS[P,1] * W[P,1] ; NEXT P
   CD = 11 - MOD(S, 11)
   IF CD = 11 THEN CD = 0
   IF CD = 10 THEN CD = 'X'
   PRINT DIGS:'-':CD:' ':
NEXT ACCT
PRINT
PRINT 'done'
STOP

LUHN:
   DIGITS = OCONV(C, 'MCN')
   IF LEN(DIGITS) < 2 OR LEN(DIGITS) > MAXLEN THEN VALID = 'too short/long' ; RETURN
   TOTAL = 0 ; DBL = 0
   FOR P = LEN(DIGITS) TO 1 STEP -1
      D = DIGITS[P,1]
      IF DBL THEN
         D = D * 2
         IF D > 9 THEN D -= 9
      END
      TOTAL += D
      DBL = NOT(DBL)
   NEXT P
   IF MOD(TOTAL, 10) = 0 THEN VALID = 'valid' ELSE VALID = 'invalid (':TOTAL:')'
   RETURN
END
