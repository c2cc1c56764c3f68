* Keep several sorted lists with LOCATE ... BY and print them
* left/right justified, ascending/descending, with values and subvalues
NAMES = '' ; AMOUNTS = '' ; CODES = ''
DATA.IN = 'smith':@FM:'jones':@FM:'Adams':@FM:'brown':@FM:'jones':@FM:'Zeta':@FM:'10':@FM:'9':@FM:'100'
LOOP
   REMOVE NM FROM DATA.IN SETTING MORE
   LOCATE NM IN NAMES<1> BY 'AL' SETTING P THEN
      PRINT NM:' already at ':P
   END ELSE
      NAMES = INSERT(NAMES, 1, P; NM)
   END
WHILE MORE REPEAT
CONVERT @VM TO ' ' IN NAMES
PRINT 'AL: ':NAMES
NUMS = 5:@FM:-3:@FM:12:@FM:0:@FM:2.5:@FM:100:@FM:12:@FM:'007'
FOR I = 1 TO DCOUNT(NUMS, @FM)
   V = NUMS<I>
   LOCATE V IN AMOUNTS<1> BY 'AR' SETTING P ELSE NULL
   AMOUNTS = INSERT(AMOUNTS, 1, P, 0, V)
   LOCATE(V, CODES, 1; Q; 'DR') ELSE NULL
   CODES = INSERT(CODES, 1, Q; V)
NEXT I
PRINT 'AR: ':CHANGE(AMOUNTS, @VM, ',')
PRINT 'DR: ':CHANGE(CODES, @VM, ',')
* DL on a mixed list
WORDS = ''
FOR EACH.W = 1 TO 6
   W = FIELD('pear apple Fig banana 20 3', ' ', EACH.W)
   LOCATE(W, WORDS; P; 'DL') ELSE NULL
   INS W BEFORE WORDS<P>
NEXT EACH.W
PRINT 'DL: ':CONVERT(@FM, '|', WORDS)
* subvalue search
REC = 'a':@VM:'b':@SM:'c':@SM:'e':@VM:'f'
LOCATE 'd' IN REC<1,2> BY 'AL' SETTING SP ELSE PRINT 'd would go at subvalue ':SP
LOCATE 'e' IN REC<1,2> SETTING SP THEN PRINT 'e found at subvalue ':SP
LOCATE 'f' IN REC<1> SETTING VP THEN PRINT 'f found at value ':VP
LOCATE 'q' IN REC<1> SETTING VP ELSE PRINT 'q not found, setting ':VP
* locate with a start position
LIST = 'x':@VM:'y':@VM:'x':@VM:'z'
LOCATE('x', LIST, 1; P2) THEN PRINT 'first x at ':P2
PRINT 'done'
END
