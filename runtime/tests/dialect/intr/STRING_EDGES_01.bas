* String intrinsics at their edges: INDEX/COUNT/DCOUNT, FIELD with COL1()/COL2(),
* TRIM modes, case conversion, SPACE/STR, SUBSTRINGS, substrings, SEQ/CHAR, FOLD,
* SOUNDEX, SWAP/CHANGE/CONVERT, SUM, REUSE/SPLICE, ALPHA/NUM, MC conversions.
S = 'Hello, World':@VM:'abc'
PRINT '1 ':INDEX(S, 'o', 0):' ':INDEX(S, 'o', -1):' ':INDEX('', '', 1):' ':INDEX('aaa', 'aa', 2)
PRINT '2 ':COUNT('', ''):' ':COUNT('abc', ''):' ':DCOUNT('abc', ''):' ':DCOUNT(@FM, @FM):' ':COUNT(S, @VM)
PRINT '3 [':FIELD('a.b.c', '.', -1):'] [':FIELD('a.b.c', '.', 2, 0):'] [':FIELD('a.b.c', '.', 2, -1):'] [':FIELD('a.b.c', '', 1):'] [':FIELD('a.b.c', '.', 2, 9):']'
PRINT '4 [':FIELD('a.b.c', 'b', 1):'] [':FIELD('.a.', '.', 1):'] [':FIELD('a', '.', 2):'] ':COL1():' ':COL2()
X = FIELD('a.b.c', '.', 5) ; PRINT '5 ':COL1():' ':COL2()
X = FIELD('a.b.c', 'x', 1) ; PRINT '6 ':COL1():' ':COL2()
X = FIELD('a.b.c', '.', 0) ; PRINT '7 ':COL1():' ':COL2()
PRINT '8 [':TRIM('  a  b  '):'] [':TRIM(@VM:' a ':@VM):'] [':TRIM('xxaxxbxx', 'x'):'] [':TRIM('aa', 'a'):']'
PRINT '9 [':UPCASE('straße éa'):'] [':DOWNCASE('ÀB'):'] [':OCONV('mixed Case 1', 'MCT'):'] [':OCONV("o'neil mc-donald", 'MCT'):']'
PRINT '10 [':SPACE(-1):'] [':SPACE(2.7):'] [':STR('ab', 2.9):'] [':STR('', 5):'] [':SPACE(''):']'
PRINT '11 [':SUBSTRINGS('abcdef', 0, 2):'] [':SUBSTRINGS('abcdef', -1, 2):'] [':SUBSTRINGS('abc', 2, -1):'] [':SUBSTRINGS('abc', 2, 0):']'
PRINT '12 [':'abcdef'[0, 2]:'] [':'abcdef'[-2, 2]:'] [':'abcdef'[3]:'] [':'abcdef'[-3]:'] [':'abcdef'[5, -1]:'] [':'abcdef'[7, 1]:']'
PRINT '13 ':SEQ(''):' ':SEQ('AB'):' ':LEN(CHAR(256)):' ':SEQ(CHAR(255)):' ':LEN(CHAR(-1)):' ':SEQ(CHAR(1.6))
PRINT '14 [':FOLD('', 5):'] [':CONVERT(@FM, '/', FOLD('abc def', 3)):'] [':CONVERT(@FM, '/', FOLD('a  b', 2)):'] [':CONVERT(@FM, '/', FOLD('abcdefgh', 3, '')):']'
PRINT '15 ':SOUNDEX('Robert'):SOUNDEX('Rupert'):SOUNDEX('Lloyd'):SOUNDEX('Euler'):SOUNDEX('Gauss'):SOUNDEX('Hilbert'):SOUNDEX('Knuth'):SOUNDEX('Lukasiewicz'):SOUNDEX('a1b')
PRINT '16 [':SWAP('aaa', 'a', 'bb'):'] [':CHANGE('aaa', 'aa', 'x'):'] [':CHANGE('', '', 'x'):'] [':CHANGE('abc', 'b', ''):']'
PRINT '17 [':CONVERT('', 'a', 'abc'):'] [':CONVERT('abc', 'abc', ''):'] [':CONVERT('aaa', 'a', 'abc'):'] [':CONVERT('abc', 'aa', 'xy'):']'
PRINT '18 ':SUM(''):' ':SUM(1.5:@VM:-2):' ':SUM(1.5:@VM:-2):' [':SUM(1:@FM:2:@VM:3):']'
PRINT '19 [':REUSE(''):'] [':SPLICE('a':@VM:'b', ',', 'x'):'] [':SPLICE('', '-', ''):'] [':CONVERT(@VM, ']', SPLICE('a', '-', '1':@VM:'2':@VM:'3')):']'
PRINT '20 [':CONVERT(@VM, ']', SUBSTRINGS('abc':@VM:'':@VM:'xyz', 2, 1)):'] [':CONVERT(@SM:@VM, '\]', SUBSTRINGS('ab':@SM:'cd':@VM:'ef', 1, 1)):']'
PRINT '21 ':ALPHA(''):ALPHA('aB'):ALPHA('a1'):NUM(''):NUM(' 1'):NUM('1 '):NUM('+.5'):NUM('1.'):NUM('.'):NUM('-'):NUM('1e2'):NUM('0x1')
PRINT '22 [':TRIMF('':@FM:' x'):'] [':TRIMB(' x '):'] [':TRIMS(' a ':@VM:'  b'):']'
PRINT '23 [':OCONV('abc', 'MCX'):'] [':OCONV('a-b_c d', 'MCA'):'] [':OCONV('a1b2', 'MC/A'):'] [':OCONV('Ab1!', 'MCU'):'] [':OCONV('tiTle caSE', 'MCT'):']'
PRINT '24 [':OCONV(' lead', 'MCT'):'] [':OCONV('x.y-z', 'MCT'):'] [':OCONV('123abc', 'MCT'):'] [':OCONV('A', 'MCL'):']'
PRINT 'done'
