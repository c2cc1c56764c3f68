* Mail-merge: fill {placeholders} in a template from a record, with formatting codes per field
TEMPLATE = 'Dear {TITLE} {NAME},':@FM:'Your balance on {DATE} is {BAL}.':@FM:'{MISSING}Please pay by {DUE}.':@FM:'Ref: {ID:R%8}'
CUSTS = '17':@VM:'Ms':@VM:'jane doe':@VM:'-1234.5':@VM:'19800'
CUSTS<2> = '2045':@VM:'Mr':@VM:'LI WEI':@VM:'88':@VM:'19830'
FOR C = 1 TO DCOUNT(CUSTS, @FM)
   REC = CUSTS<C>
   FOR L = 1 TO DCOUNT(TEMPLATE, @FM)
      LINE = TEMPLATE<L>
      OUT = ''
      LOOP
         P = INDEX(LINE, '{', 1)
      WHILE P DO
         Q = INDEX(LINE, '}', 1)
         OUT := LINE[1, P - 1]
         TAG = LINE[P + 1, Q - P - 1]
         LINE = LINE[Q + 1, LEN(LINE)]
         FMT.CODE = FIELD(TAG, ':', 2) ; TAG = FIELD(TAG, ':', 1)
         BEGIN CASE
            CASE TAG = 'TITLE' ; V = REC<1,2>
            CASE TAG = 'NAME' ; V = OCONV(REC<1,3>, 'MCT')
            CASE TAG = 'DATE' ; V = OCONV(REC<1,5>, 'D4 ')
            CASE TAG = 'DUE' ; V = OCONV(REC<1,5> + 30, 'DMY[2,A3,4]')
            CASE TAG = 'BAL'
               V = OCONV(ICONV(REC<1,4>, 'MD2'), 'MD2,$')
               IF REC<1,4> < 0 THEN V := ' (in credit)'
            CASE TAG = 'ID' ; V = REC<1,1>
            CASE 1 ; V = ''
         END CASE
         IF FMT.CODE # '' THEN V = FMT(V, FMT.CODE)
         OUT := V
      REPEAT
      OUT := LINE
      PRINT OUT
   NEXT L
   PRINT '--'
NEXT C
PRINT 'done'
END
