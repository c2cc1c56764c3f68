* A fixed-width text report: padding, SPACE, STR, FMT justification, TAB-like columns
EQU COL1 TO 12, COL2 TO 10
ITEMS = 'apples':@VM:'3.5':@VM:'kg'
ITEMS<2> = 'Bananas':@VM:'12':@VM:'each'
ITEMS<3> = 'cherries, black':@VM:'0.25':@VM:'kg'
ITEMS<4> = '':@VM:'':@VM:''
PRINT 'Item':SPACE(COL1 - 4):'Qty':SPACE(COL2 - 3):'Unit'
PRINT STR('-', COL1 + COL2 + 4)
FOR I = 1 TO DCOUNT(ITEMS, @FM)
   L = ITEMS<I>
   NAME = L<1,1>
   IF LEN(NAME) > COL1 - 1 THEN NAME = NAME[1, COL1 - 2]:'~'
   PRINT FMT(NAME, COL1:'L'):FMT(L<1,2>, COL2:'R'):' ':L<1,3>
NEXT I
PRINT
* FMT with various masks
V = 'Hello'
PRINT '[':FMT(V,'10L'):'][':FMT(V,'10R'):'][':FMT(V,'10C'):'][':FMT(V,'3L'):']'
PRINT '[':FMT(V,'L#10'):'][':FMT(V,'R#10'):'][':FMT(V,'C#10'):'][':FMT(V,'*L10'):'][':FMT(V,'-R10'):']'
PRINT '[':FMT('abcdefghijklmnop','L#5'):'][':FMT('abcdefghijklmnop','5T'):']'
PRINT '[':FMT('The quick brown fox jumps','10T'):']'
PRINT '[':FMT('4155551212','L###-###-####'):'][':FMT('123456789','R##-###-####'):']'
PRINT '[':FMT(12345.678,'R2,'):'][':FMT(-12345.678,'R2,'):'][':FMT(0.5,'R0'):'][':FMT(12,'R4'):']'
PRINT '[':FMT(42,'R%6'):'][':FMT(-42,'R%6'):'][':FMT('ab','L%5'):'][':FMT(3.14159,'L2%8'):']'
PRINT '[':FMT(1234.5,'R2$,15'):'][':FMT(1234.5,'R2,$*15'):'][':FMT(-5,'R2C10'):'][':FMT(5,'R2D10'):']'
* string building
S = ''
FOR I = 1 TO 5 ; S := I:',' ; NEXT I
S = S[1, LEN(S) - 1]
PRINT S:' has ':DCOUNT(S, ','):' parts, ':COUNT(S, ','):' commas'
PRINT 'Reverse fields: ':FIELD(S,',',5):FIELD(S,',',4):FIELD(S,',',3)
PRINT 'Squeeze: [':TRIM('  lots   of   space  '):'] [':TRIMF('  x  '):'] [':TRIMB('  x  '):']'
PRINT 'Trim chars: [':TRIM('--a--b--', '-'):'] [':TRIM('xxaxx', 'x', 'B'):'] [':TRIM('  a  b  ', ' ', 'A'):']'
PRINT 'Case: ':UPCASE('mixed Case 1'):' ':DOWNCASE('MIXED Case'):' ':OCONV('hello world, again','MCT')
PRINT 'Swap: ':SWAP('a-b-c-d', '-', '+'):' ':CHANGE('aaa', 'a', 'bb'):' ':CHANGE('one two one','one','1',1)
PRINT 'Index: ':INDEX('banana','an',1):' ':INDEX('banana','an',2):' ':INDEX('banana','an',3):' ':INDEX('banana','',1)
AB = 'abcdef'
PRINT 'Substr: [':AB[3]:'] [':AB[-2,2]:'] [':AB[0,2]:'] [':AB[5,10]:'] [':AB[2]:']'
PRINT 'Repeat: ':STR('ab',3):'|':STR('x',0):'|':STR('x',-1):'|':SPACE(3):'|'
PRINT 'Char: ':SEQ('A'):' ':CHAR(66):' ':SEQ(''):' ':LEN(CHAR(0))
PRINT 'done'
END
