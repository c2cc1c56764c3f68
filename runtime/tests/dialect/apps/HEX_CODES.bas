* Encoding helpers: hex dumps, DTX/XTD, OCONV MX/MO/MB, bit operations for flags, simple checksum
MSG = 'Hi, MV!'
HEX = ''
FOR I = 1 TO LEN(MSG)
   HEX := FMT(DTX(SEQ(MSG[I,1])), 'R%2'):' '
NEXT I
PRINT 'Hex dump: ':TRIM(HEX)
PRINT 'OCONV MX0C: ':OCONV(MSG, 'MX0C'):' back: ':ICONV(OCONV(MSG, 'MX0C'), 'MX0C'):' ':OCONV(255, 'MX'):' ':ICONV('ff', 'MX'):' ':OCONV(-1, 'MX')
PRINT 'DTX/XTD: ':DTX(255):' ':DTX(4096):' ':DTX(0):' ':XTD('FF'):' ':XTD('1a'):' ':DTX(255, 4)
PRINT 'Octal/binary: ':OCONV(8, 'MO'):' ':OCONV(255, 'MB'):' ':OCONV(10, 'MCDX'):' ':OCONV('FF', 'MCXD')
* permission flags in an integer
READ.F = 1 ; WRITE.F = 2 ; EXEC.F = 4 ; ADMIN.F = 8
USERS = 'ann':@VM:5:@FM:'bob':@VM:3:@FM:'cy':@VM:15:@FM:'dee':@VM:0
FOR U = 1 TO DCOUNT(USERS, @FM)
   F = USERS<U,2> ; S = ''
   IF BITAND(F, READ.F) THEN S := 'r' ELSE S := '-'
   IF BITAND(F, WRITE.F) THEN S := 'w' ELSE S := '-'
   IF BITAND(F, EXEC.F) THEN S := 'x' ELSE S := '-'
   IF BITAND(F, ADMIN.F) THEN S := 'A' ELSE S := '-'
   PRINT FMT(USERS<U,1>, 'L#4'):S:' ':BITOR(F, WRITE.F):' ':BITXOR(F, 15):' ':BITAND(BITNOT(F), 15)
NEXT U
* simple additive and XOR checksums over a string
TXT = 'The quick brown fox'
ADD.SUM = 0 ; XOR.SUM = 0
FOR I = 1 TO LEN(TXT)
   C = SEQ(TXT[I,1])
   ADD.SUM = MOD(ADD.SUM + C, 65536)
   XOR.SUM = BITXOR(XOR.SUM, C)
NEXT I
PRINT 'Checksums: ':ADD.SUM:' ':DTX(ADD.SUM):' ':XOR.SUM
* caesar shift
OUT = ''
FOR I = 1 TO LEN(TXT)
   C = TXT[I,1]
   IF C MATCHES '1A' THEN
      BASE = SEQ('a') ; IF C = UPCASE(C) THEN BASE = SEQ('A')
      C = CHAR(MOD(SEQ(C) - BASE + 13, 26) + BASE)
   END
   OUT := C
NEXT I
PRINT 'ROT13: ':OUT
PRINT 'done'
END
