* JSON-ish text building for an export: escaping with CHAR/SEQ, SWAP/CHANGE,
* INDEX/COUNT searches, case conversion with OCONV MCU/MCL/MCT, FOLD for long text,
* indentation with SPACE/STR, SUBSTRINGS for previews.
EQU QT TO '"', BS TO '\', NL TO CHAR(10)
DEFFUN JSTR(S) LOCAL
PRODUCTS = ''
PRODUCTS<1> = 'pr-001':@VM:'Widget "Pro"':@VM:'a tool for C:\TEMP and more':@VM:'12.5':@VM:'red':@SM:'blue'
PRODUCTS<2> = 'pr-002':@VM:'gadget':@VM:'line one':CHAR(10):'line two':CHAR(9):'tab':@VM:'0':@VM:''
PRODUCTS<3> = 'PR-003':@VM:'  Thing  ':@VM:'caf':CHAR(233):' control':CHAR(1):'x':@VM:'-3.25':@VM:'green'
OUT = '[' ; IND = 2
FOR P = 1 TO DCOUNT(PRODUCTS, @FM)
   R = PRODUCTS<P>
   OBJ = SPACE(IND):'{':NL
   OBJ := SPACE(IND * 2):JSTR('id'):': ':JSTR(OCONV(R<1,1>, 'MCU')):',':NL
   OBJ := SPACE(IND * 2):JSTR('name'):': ':JSTR(OCONV(TRIM(R<1,2>), 'MCT')):',':NL
   OBJ := SPACE(IND * 2):JSTR('desc'):': ':JSTR(R<1,3>):',':NL
   PRICE = R<1,4>
   IF PRICE < 0 THEN PRICE = 'null'
   OBJ := SPACE(IND * 2):JSTR('price'):': ':PRICE:',':NL
   COLOURS = R<1,5>
   IF COLOURS = '' THEN
      OBJ := SPACE(IND * 2):JSTR('colours'):': []':NL
   END ELSE
      CL = ''
      FOR C = 1 TO DCOUNT(COLOURS, @SM)
         CL := (IF C > 1 THEN ', ' ELSE ''):JSTR(OCONV(COLOURS<1,1,C>, 'MCU'))
      NEXT C
      OBJ := SPACE(IND * 2):JSTR('colours'):': [':CL:']':NL
   END
   OBJ := SPACE(IND):'}'
   OUT := NL:OBJ:(IF P < DCOUNT(PRODUCTS, @FM) THEN ',' ELSE '')
NEXT P
OUT := NL:']'
PRINT OUT
PRINT 'lines: ':DCOUNT(OUT, NL):' braces: ':COUNT(OUT, '{'):'/':COUNT(OUT, '}'):' quotes: ':COUNT(OUT, QT)
PRINT 'first "desc" at ':INDEX(OUT, '"desc"', 1):', third at ':INDEX(OUT, '"desc"', 3):', none: ':INDEX(OUT, '"sku"', 1)
* template replacement
TPL = 'Dear {name}, your order {order} of {qty} x {item} ships {when}. {name}, thanks!'
VALS = 'name':@VM:'Ms Smith':@FM:'order':@VM:'A-77':@FM:'qty':@VM:3:@FM:'item':@VM:'widget':@FM:'when':@VM:'today'
MSG = TPL
FOR V = 1 TO DCOUNT(VALS, @FM)
   MSG = CHANGE(MSG, '{':VALS<V,1>:'}', VALS<V,2>)
NEXT V
PRINT MSG
PRINT 'once: ':CHANGE(TPL, '{name}', 'X', 1)
PRINT 'second only: ':CHANGE(TPL, '{name}', 'Y', 1, 2)
LINE = 'the cat sat on the mat with the hat'
PRINT SWAP(LINE, 'the', 'a')
PRINT CHANGE(LINE, 'at', 'og', 2, 2)
* folding a long description into 20-column lines
LONG = 'Heavy-duty galvanised steel bracket suitable for outdoor use, supplied with fixings and a ten year warranty.'
F = FOLD(LONG, 20)
PRINT 'fold lines: ':DCOUNT(F, @FM)
FOR I = 1 TO DCOUNT(F, @FM)
   PRINT '  |':FMT(F<I>, 'L#20'):'|'
NEXT I
PRINT 'previews: ':CONVERT(@FM:@VM, '^]', SUBSTRINGS(PRODUCTS, 1, 4))
PRINT 'case: ':UPCASE('mixed Case 123'):' ':DOWNCASE('MiXeD'):' ':OCONV('hello wORLD-wide web', 'MCT'):' ':OCONV('ABC def', 'MCL')
PRINT 'seq: ':SEQ('A'):' ':SEQ(''):' ':SEQ('abc'):' char: ':CHAR(65):CHAR(97 + 25)
PRINT 'str: ':STR('=-', 5):'|':STR('x', 0):'|':STR('ab', -1):'|'
PRINT 'hex: ':OCONV(255, 'MX'):' ':OCONV('Hi!', 'MX0C'):' ':ICONV('4869', 'MX0C')
PRINT 'done'
STOP

LOCAL FUNCTION JSTR(S)
   PRIVATE T, K, CH, N
* JSON string literal: backslash, quote, controls escaped
   T = ''
   FOR K = 1 TO LEN(S)
      CH = S[K,1]
      N = SEQ(CH)
      BEGIN CASE
         CASE CH = BS ; T := BS:BS
         CASE CH = QT ; T := BS:QT
         CASE N = 10 ; T := BS:'n'
         CASE N = 9 ; T := BS:'t'
         CASE N < 32 ; T := BS:'u':FMT(OCONV(N, 'MX'), 'R%4')
         CASE N > 126 ; T := BS:'u':FMT(OCONV(N, 'MX'), 'R%4')
         CASE 1 ; T := CH
      END CASE
   NEXT K
   RETURN QT:T:QT
END
