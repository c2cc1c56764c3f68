* Mailing-list cleanup before a mail merge: names and addresses normalised with the
* MC conversions (MCU, MCL, MCT, MCN, MCA, MCB, MCP), fields pulled with G group
* extraction, codes validated with L (length), P (pattern) and R (range) conversions,
* region names translated from a file with T conversions.
EXECUTE 'CREATE.FILE REGIONS' CAPTURING JUNK
OPEN 'REGIONS' TO RF ELSE STOP 'no REGIONS'
WRITE 'North East':@FM:'NE':@FM:'Newcastle' ON RF, 'NE'
WRITE 'Yorkshire':@FM:'YH':@FM:'Leeds' ON RF, 'YH'
WRITE 'London':@FM:'LN':@VM:'LDN':@FM:'City' ON RF, 'LN'
LIST = "mr JOHN o'brien|12 high st|ne|tel:0191-555-0134|52"
LIST<-1> = 'MRS ann-marie SMITH|flat 3, 4 the mews|yh|(0113) 496 0000|7'
LIST<-1> = 'dr  Zed   ALI|1 main road|ln|+44 20 7946 0018|131'
LIST<-1> = 'ms EMMA jones|7 park lane|xx|n/a|0'
FOR I = 1 TO DCOUNT(LIST, @FM)
   REC = LIST<I>
   NAME = OCONV(TRIM(FIELD(REC, '|', 1)), 'MCT')
   ADDR = OCONV(FIELD(REC, '|', 2), 'MCT')
   REG = OCONV(FIELD(REC, '|', 3), 'MCU')
   PHONE = FIELD(REC, '|', 4)
   DIGITS = OCONV(PHONE, 'MCN')
   PRINT I:'. ':NAME:' / ':ADDR
   PRINT '   title ':OCONV(NAME, 'G0 1'):'  surname ':OCONV(NAME, 'G2 1'):'  rest ':OCONV(NAME, 'G1 9')
   PRINT '   region ':REG:' -> [':OCONV(REG, 'TREGIONS;X;1;1'):'] short [':OCONV(REG, 'TREGIONS;X;2;2'):'] city [':OCONV(REG, 'TREGIONS;C;3;3'):']'
   PRINT '   phone ':DIGITS:' len-ok [':OCONV(DIGITS, 'L10,11'):'] letters [':OCONV(PHONE, 'MCA'):'] non-alpha [':OCONV(PHONE, 'MC/A'):']'
   AGE = FIELD(REC, '|', 5)
   PRINT '   age ':AGE:' range [':OCONV(AGE, 'R18,120'):'] pattern [':OCONV(AGE, 'P(1N)|(2N)'):']'
   PRINT '   lower [':OCONV(NAME, 'MCL'):'] upper [':OCONV(ADDR, 'MCU'):'] mixed-keep [':OCONV(NAME, 'MC/N'):']'
NEXT I
* translate several codes at once and a missing one with each mode
CODES = 'NE':@VM:'YH':@VM:'ZZ'
PRINT 'multi X: ':CONVERT(@VM, ']', OCONV(CODES, 'TREGIONS;X;1;1'))
PRINT 'multi C: ':CONVERT(@VM, ']', OCONV(CODES, 'TREGIONS;C;1;1'))
V = OCONV('ZZ', 'TREGIONS;V;1;1')
PRINT 'V mode missing: [':V:'] status ':STATUS()
PRINT 'multi-valued: [':CONVERT(@VM, ']', OCONV('LN', 'TREGIONS;X;2;2')):']'
* ICONV with the same codes
PRINT 'iconv MCU [':ICONV('abc', 'MCU'):'] iconv L [':ICONV('abcd', 'L2,3'):'] st ':STATUS()
PRINT 'iconv R [':ICONV('50', 'R1,100'):'] st ':STATUS():' out [':ICONV('500', 'R1,100'):'] st ':STATUS()
PRINT 'pattern 3A3N [':OCONV('ABC123', 'P(3A3N)'):'] [':OCONV('AB1234', 'P(3A3N)'):']'
PRINT 'G with other sep [':OCONV('a.b.c.d', 'G1.2'):'] [':OCONV('a/b/c', 'G/1'):']'
PRINT 'MCP [':OCONV('tab':CHAR(9):'x':CHAR(1), 'MCP'):']'
PRINT 'MCB [':OCONV('ab12 cd!', 'MCB'):'] MC/B [':OCONV('ab12 cd!', 'MC/B'):']'
PRINT 'done'
