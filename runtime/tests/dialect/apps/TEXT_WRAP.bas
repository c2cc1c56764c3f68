* Word-wrap and justify a paragraph; word frequency with sorted LOCATE
TEXT = 'The quick brown fox jumps over the lazy dog.  The dog, being lazy,'
TEXT := ' does not react; the FOX runs away quickly and the story ends here.'
WIDTH = 24
WORDS = TRIM(TEXT)
CONVERT ' ' TO @FM IN WORDS
LINE = '' ; OUT = ''
LOOP
   REMOVE W FROM WORDS SETTING D
   IF LEN(LINE) + LEN(W) + 1 > WIDTH AND LINE # '' THEN
      OUT<-1> = LINE
      LINE = W
   END ELSE
      IF LINE = '' THEN LINE = W ELSE LINE := ' ':W
   END
UNTIL D = 0 DO REPEAT
IF LINE # '' THEN OUT<-1> = LINE
N = DCOUNT(OUT, @FM)
FOR I = 1 TO N
   PRINT '|':FMT(OUT<I>, 'L#':WIDTH):'|':FMT(OUT<I>, WIDTH:'R'):'|'
NEXT I
PRINT
PRINT FMT(TEXT, '20T')
PRINT
* word counts, case-insensitive, punctuation removed
CLEAN = DOWNCASE(TEXT)
CONVERT '.,;' TO '' IN CLEAN
CLEAN = TRIM(CLEAN)
KEYS = '' ; CNTS = ''
FOR I = 1 TO DCOUNT(CLEAN, ' ')
   W = FIELD(CLEAN, ' ', I)
   LOCATE W IN KEYS<1> BY 'AL' SETTING P THEN
      CNTS<1,P> += 1
   END ELSE
      KEYS = INSERT(KEYS, 1, P, 0, W)
      CNTS = INSERT(CNTS, 1, P, 0, 1)
   END
NEXT I
FOR I = 1 TO DCOUNT(KEYS<1>, @VM)
   IF CNTS<1,I> > 1 THEN PRINT KEYS<1,I>:'=':CNTS<1,I>:' ':
NEXT I
PRINT
PRINT 'Distinct: ':DCOUNT(KEYS<1>, @VM):' total: ':SUM(CNTS)
PRINT 'Longest word: ':MAXIMUM(LENS(KEYS<1>))
PRINT 'Capitalised: ':OCONV('the fox and THE dog','MCT')
PRINT 'Letters only: ':OCONV('a1b2-c3','MCA'):' digits only: ':OCONV('a1b2-c3','MCN'):' not letters: ':OCONV('a1b2-c3','MC/A')
PRINT 'Soundex: ':SOUNDEX('Robert'):' ':SOUNDEX('Rupert'):' ':SOUNDEX('Tymczak')
PRINT 'done'
END
