* Cleaning imported names and phone numbers: CONVERT, CHANGE, OCONV MCx, ALPHA, NUM, character tests
RAW = '  mr. JOHN   o''brien ':@FM:'Ms  jane-doe':@FM:'DR.  a.  smith  ':@FM:'  ':@FM:'Zoë 42'
FOR I = 1 TO DCOUNT(RAW, @FM)
   N = TRIM(RAW<I>)
   IF N = '' THEN PRINT I:': (empty)' ; CONTINUE
   TITLE = ''
   FIRST = UPCASE(FIELD(N, ' ', 1))
   CONVERT '.' TO '' IN FIRST
   IF FIRST = 'MR' OR FIRST = 'MS' OR FIRST = 'DR' THEN
      TITLE = OCONV(FIRST, 'MCT')
      N = TRIM(N[COL2() + 1, 999])
   END
   PRINT I:': [':TITLE:'] [':OCONV(N, 'MCT'):'] alpha=':ALPHA(CONVERT(' -''.', '', N)):' len=':LEN(N)
NEXT I
PHONES = '(0113) 555-0101':@VM:'+44 113 555 0102':@VM:'555.0103 ext 4':@VM:'n/a'
FOR I = 1 TO DCOUNT(PHONES, @VM)
   P = PHONES<1,I>
   DIGITS = OCONV(P, 'MCN')
   OTHER = OCONV(P, 'MC/N')
   PRINT FMT(P, 'L#20'):FMT(DIGITS, 'R#14'):' [':OTHER:'] ':NUM(DIGITS):' ':LEN(DIGITS)
NEXT I
* character classes by hand
S = 'aB3 _x!'
CLASSES = ''
FOR I = 1 TO LEN(S)
   C = S[I,1]
   BEGIN CASE
      CASE ALPHA(C) ; CLASSES := 'A'
      CASE NUM(C) AND C # ' ' ; CLASSES := 'N'
      CASE C = ' ' ; CLASSES := '_'
      CASE 1 ; CLASSES := '?'
   END CASE
NEXT I
PRINT S:' -> ':CLASSES
PRINT 'NUM tests: ':NUM(''):NUM(' '):NUM('1.'):NUM('.'):NUM('-'):NUM('1e5'):NUM('1,000'):NUM('+.5'):NUM(' 5'):NUM('5 ')
PRINT 'ALPHA tests: ':ALPHA(''):ALPHA('abc'):ALPHA('ab c'):ALPHA('Ab1')
PRINT 'MCU/MCL: ':OCONV('MiXeD','MCU'):' ':OCONV('MiXeD','MCL'):' ':OCONV('a1!B','MCA'):' ':OCONV('a1!B','MC/A')
PRINT 'CHANGE count: ':CHANGE('a.b.c.d','.','-',2):' start: ':CHANGE('a.b.c.d','.','-',1,2)
PRINT 'CONVERT uneven: ':CONVERT('abc','xy','aabbcc'):' ':CONVERT('abcd','AB','badcab')
PRINT 'SQUOTE/DQUOTE: ':SQUOTE('it'):' ':DQUOTE('say "hi"'):' ':QUOTE(5)
PRINT 'FOLD: ':CHANGE(FOLD('the quick brown fox jumps', 10), @FM, '|')
PRINT 'done'
END
