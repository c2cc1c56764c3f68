* A phone book in one dynamic array (names in field 1, numbers in field 2, types as subvalues);
* add, update, delete, search by prefix, list sorted
BOOK = ''
GOSUB INIT
OP = 'ADD':@VM:'Zed Quinn':@VM:'555-0199':@VM:'mobile'
GOSUB APPLY
OP = 'ADD':@VM:'ann lee':@VM:'555-0111':@VM:'home'
GOSUB APPLY
OP = 'UPD':@VM:'Bob Stone':@VM:'555-0222':@VM:'work'
GOSUB APPLY
OP = 'DEL':@VM:'Carla Diaz'
GOSUB APPLY
OP = 'DEL':@VM:'Nobody'
GOSUB APPLY
OP = 'ADD':@VM:'Bob Stone':@VM:'555-0333':@VM:'home'
GOSUB APPLY
PRINT 'Entries: ':DCOUNT(BOOK<1>, @VM)
FOR I = 1 TO DCOUNT(BOOK<1>, @VM)
   PRINT FMT(BOOK<1,I>, 'L#12'):
   NUMS = BOOK<2,I> ; TYPES = BOOK<3,I>
   FOR J = 1 TO DCOUNT(NUMS, @SM)
      IF J > 1 THEN PRINT ', ':
      PRINT NUMS<1,1,J>:' (':TYPES<1,1,J>:')':
   NEXT J
   PRINT
NEXT I
* prefix search, case-insensitive
FOR EACH = 1 TO 3
   PFX = FIELD('b,A,x', ',', EACH)
   HITS = ''
   FOR I = 1 TO DCOUNT(BOOK<1>, @VM)
      IF UPCASE(BOOK<1,I>[1, LEN(PFX)]) = UPCASE(PFX) THEN HITS<1,-1> = BOOK<1,I>
   NEXT I
   IF HITS = '' THEN PRINT PFX:': none' ELSE PRINT PFX:': ':CHANGE(HITS, @VM, '; ')
NEXT EACH
PRINT 'done'
STOP

INIT:
   BOOK<1> = 'Alice Wong':@VM:'Bob Stone':@VM:'Carla Diaz'
   BOOK<2> = '555-0100':@VM:'555-0101':@SM:'555-0102':@VM:'555-0103'
   BOOK<3> = 'home':@VM:'home':@SM:'mobile':@VM:'work'
   RETURN

APPLY:
   ACTION = OP<1,1> ; WHO = OP<1,2>
   KEY = UPCASE(WHO)
   * the list is kept sorted case-insensitively: compare on upper case copies
   UPPER.NAMES = UPCASE(BOOK<1>)
   LOCATE KEY IN UPPER.NAMES<1> BY 'AL' SETTING POS THEN FOUND = 1 ELSE FOUND = 0
   BEGIN CASE
      CASE ACTION = 'ADD' AND FOUND
         BOOK<2,POS,-1> = OP<1,3>
         BOOK<3,POS,-1> = OP<1,4>
         PRINT 'added number for ':WHO
      CASE ACTION = 'ADD'
         BOOK = INSERT(BOOK, 1, POS, 0, OCONV(WHO, 'MCT'))
         BOOK = INSERT(BOOK, 2, POS, 0, OP<1,3>)
         BOOK = INSERT(BOOK, 3, POS, 0, OP<1,4>)
         PRINT 'added ':WHO:' at ':POS
      CASE ACTION = 'UPD' AND FOUND
         BOOK<2,POS,1> = OP<1,3> ; BOOK<3,POS,1> = OP<1,4>
         PRINT 'updated ':WHO
      CASE ACTION = 'DEL' AND FOUND
         FOR F = 1 TO 3 ; BOOK = DELETE(BOOK, F, POS) ; NEXT F
         PRINT 'deleted ':WHO
      CASE 1
         PRINT 'cannot ':ACTION:' ':WHO
   END CASE
   RETURN
END
