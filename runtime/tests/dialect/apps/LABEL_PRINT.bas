* Address label and catalogue-line preparation: FIELD with COL1()/COL2(), FIELDSTORE to
* patch delimited records, GROUP, FOLD for wrapping, SOUNDEX for duplicate detection,
* SPLICE/SUBSTRINGS/REUSE/SUM on dynamic arrays, TRIM with its modes, SPACE/STR padding.
PEOPLE = 'Smith, John;14 Elm Road;York;YO1 7HX'
PEOPLE<-1> = 'Smyth, Jon;14 Elm Rd;York;YO1 7HX'
PEOPLE<-1> = 'Robertson, Anne-Marie;The Old Rectory, Church Lane, Long Marston;Tadcaster;LS24 8AB'
PEOPLE<-1> = 'Rupert, Alan;9 Mill St;Malton;YO17 0AA'
PEOPLE<-1> = 'Lee, Kim;;Hull;'
SEEN = ''
FOR I = 1 TO DCOUNT(PEOPLE, @FM)
   P = PEOPLE<I>
   NAME = FIELD(P, ';', 1)
   C1 = COL1() ; C2 = COL2()
   SUR = FIELD(NAME, ',', 1) ; FORE = TRIM(FIELD(NAME, ',', 2))
   SX = SOUNDEX(SUR)
   LOCATE SX IN SEEN<1> SETTING POS THEN
      PRINT 'possible duplicate: ':NAME:' (':SX:') of entry ':SEEN<2, POS>
   END ELSE
      SEEN<1, -1> = SX ; SEEN<2, -1> = I
   END
   PRINT 'label ':I:' name cols ':C1:'-':C2
   PRINT '  +':STR('-', 24):'+'
   PRINT '  |':FMT(FORE:' ':UPCASE(SUR), 'L#24'):'|'
   ADDR = FIELD(P, ';', 2)
   IF ADDR = '' THEN ADDR = '(no street)'
   W = FOLD(ADDR, 24)
   FOR L = 1 TO DCOUNT(W, @FM)
      PRINT '  |':FMT(W<L>, 'L#24'):'|'
   NEXT L
   PRINT '  |':FMT(FIELD(P, ';', 3):'  ':FIELD(P, ';', 4), 'L#24'):'|'
   PRINT '  +':STR('-', 24):'+'
   TOWN = FIELD(P, ';', 3, 2)
   PRINT '  town+pc [':TOWN:'] at ':COL1():',':COL2():' field2 [':FIELD(P, ';', 2, 1):']'
NEXT I
* FIELDSTORE: correct postcodes in place, insert and delete fields
R = PEOPLE<5>
R = FIELDSTORE(R, ';', 4, 1, 'HU1 1AA')
PRINT 'store: ':R
R = FIELDSTORE(R, ';', 2, 0, '1 Quay St')
PRINT 'insert: ':R
R = FIELDSTORE(R, ';', 3, -1, '')
PRINT 'delete: ':R
R = FIELDSTORE(R, ';', 7, 1, 'X')
PRINT 'beyond: ':R
R = FIELDSTORE(R, ';', 2, 2, 'A;B;C')
PRINT 'replace 2 with 3: ':R
* dynamic-array operations on quantity lists
Q1 = 10:@VM:20:@VM:'':@VM:5
Q2 = 1:@VM:2:@VM:3
PRINT 'splice: ':CONVERT(@VM, ']', SPLICE(Q1, '-', Q2))
PRINT 'reuse: ':CONVERT(@VM, ']', SPLICE(Q1, '/', REUSE('x')))
PRINT 'substrings: ':CONVERT(@VM, ']', SUBSTRINGS('apple':@VM:'kiwi':@VM:'fig', 2, 3))
PRINT 'sum: ':SUM(Q1):' sum nested: ':CONVERT(@FM:@VM:@SM, '^]\', SUM(1:@SM:2:@VM:3:@FM:4))
PRINT 'adds: ':CONVERT(@VM, ']', SPLICE(Q1, '', REUSE('!')))
* trimming styles
T = '  lots   of   space  '
PRINT '[':TRIM(T):'][':TRIMF(T):'][':TRIMB(T):']'
PRINT '[':TRIM(T, ' ', 'L'):'][':TRIM(T, ' ', 'T'):'][':TRIM(T, ' ', 'B'):'][':TRIM(T, ' ', 'A'):']'
PRINT '[':TRIM('--a--b--', '-', 'R'):'][':TRIM('--a--b--', '-', 'F'):'][':TRIM('--a--b--', '-', 'E'):'][':TRIM('--a--b--', '-', 'D'):']'
PRINT '[':SPACE(3):'][':STR('ab', 3):'][':STR('x', 0):'][':STR('x', -2):']'
PRINT 'soundex: ':SOUNDEX('Ashcraft'):' ':SOUNDEX('Tymczak'):' ':SOUNDEX('Pfister'):' ':SOUNDEX(''):' ':SOUNDEX('123')
PRINT 'done'
