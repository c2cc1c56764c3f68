* Mailing-list tidy-up with the string functions: free-form name lines split into
* title, forename, initials and surname; addresses normalised (abbreviations expanded
* with SWAP, punctuation with CONVERT, spaces with TRIM); postcodes checked and
* re-spaced; duplicates found on a match key; a fixed-width label file line built
* with FMT, FIELDSTORE used to mend a delimited record, FOLD to wrap a long line.
TITLES = 'MR':@VM:'MRS':@VM:'MS':@VM:'DR':@VM:'PROF':@VM:'REV'
ABBREV = 'RD]ROAD^ST]STREET^AVE]AVENUE^LN]LANE^CRES]CRESCENT^SQ]SQUARE'
CONVERT '^]' TO @FM:@VM IN ABBREV
RAW = 'mr  john  a. smith|12 high st.,  leeds|ls1  4ab'
RAW<-1> = "Dr. Mary-Jane O'Connor|Flat 3, 7 Park Ave|SW1A1AA"
RAW<-1> = 'SMITH, JOHN A|12 High Street, Leeds|LS14AB'
RAW<-1> = 'prof  h g wells|Spade Ln, Woking|GU21 4XX'
RAW<-1> = 'cher|1 Sunset Cres|90210'
RAW<-1> = '  rev.   w.  awdry   |  The Vicarage,,Emneth |pe14 8aj'
KEYS = '' ; CLEAN = ''
FOR R = 1 TO DCOUNT(RAW, @FM)
   NAME.IN = FIELD(RAW<R>, '|', 1)
   ADDR.IN = FIELD(RAW<R>, '|', 2)
   PC.IN = FIELD(RAW<R>, '|', 3)
   GOSUB SPLIT.NAME
   GOSUB TIDY.ADDRESS
   GOSUB CHECK.POSTCODE
   FULL = TRIM(TITLE:' ':FORE:' ':INITS:' ':SUR)
   MKEY = UPCASE(SUR):'*':FORE[1, 1]:'*':CONVERT(' ', '', PC)
   LOCATE MKEY IN KEYS<1> SETTING DUP THEN
      PRINT R:': ':FULL:' duplicates entry ':DUP
      CONTINUE
   END
   KEYS<-1> = MKEY
   CLEAN<-1> = FULL:'|':ADDR:'|':PC
   PRINT R:': ':FMT(FULL, '28L'):' ':ADDR:' ':(IF PC.OK THEN PC ELSE '?':PC)
NEXT R
* labels: name on one line, address lines split at commas, postcode last, 30 wide
PRINT
FOR C = 1 TO DCOUNT(CLEAN, @FM)
   LBL = FIELD(CLEAN<C>, '|', 1)
   A = FIELD(CLEAN<C>, '|', 2)
   FOR P = 1 TO DCOUNT(A, ',')
      LBL<-1> = TRIM(FIELD(A, ',', P))
   NEXT P
   LBL<-1> = FIELD(CLEAN<C>, '|', 3)
   PRINT STR('-', 30)
   FOR L = 1 TO DCOUNT(LBL, @FM)
      PRINT FMT(LBL<L>, 'L#30')
   NEXT L
NEXT C
PRINT STR('-', 30)
* mend a delimited record in place and wrap a note
REC = 'ACC123;SMITH;J;LEEDS;;2024'
REC = FIELDSTORE(REC, ';', 3, 2, 'JOHN;A')
PRINT 'fieldstore: ':REC:' (':DCOUNT(REC, ';'):' fields)'
NOTE = 'Deliver to the side entrance after 6pm; ring twice; parcels may be left with the neighbour at number 14.'
PRINT CONVERT(@FM, '/', FOLD(NOTE, 25))
PRINT 'counts: ':COUNT(NOTE, ' '):' spaces, ':COUNT(NOTE, ';'):' semicolons, index of "ring" ':INDEX(NOTE, 'ring', 1)
PRINT 'done'
STOP
*
SPLIT.NAME:
   N = TRIM(CONVERT('.', ' ', NAME.IN))
   TITLE = '' ; FORE = '' ; INITS = '' ; SUR = ''
   * "SURNAME, FORENAME ..." form
   IF INDEX(N, ',', 1) THEN N = TRIM(FIELD(N, ',', 2)):' ':TRIM(FIELD(N, ',', 1))
   W1 = UPCASE(FIELD(N, ' ', 1))
   LOCATE W1 IN TITLES<1,1> SETTING TP THEN
      TITLE = OCONV(W1, 'MCT')
      N = FIELD(N, ' ', 2, 99)
   END
   NW = DCOUNT(N, ' ')
   SUR = OCONV(FIELD(N, ' ', NW), 'MCT')
   FOR W = 1 TO NW - 1
      WD = FIELD(N, ' ', W)
      IF LEN(WD) = 1 OR (W > 1 AND FORE # '') THEN
         INITS := UPCASE(WD[1, 1])
      END ELSE
         FORE = OCONV(WD, 'MCT')
      END
   NEXT W
   IF NW = 1 AND TITLE = '' THEN SUR = OCONV(N, 'MCU')
RETURN
*
TIDY.ADDRESS:
   ADDR = UPCASE(CONVERT('.', '', ADDR.IN))
   ADDR = TRIM(ADDR)
   LOOP WHILE INDEX(ADDR, ',,', 1) DO ADDR = SWAP(ADDR, ',,', ',') REPEAT
   ADDR = SWAP(ADDR, ' ,', ',')
   * expand abbreviations as whole words only (followed by a comma, a space or the end)
   FOR A = 1 TO DCOUNT(ABBREV, @FM)
      SHORT = ABBREV<A, 1> ; LONG = ABBREV<A, 2>
      ADDR = SWAP(ADDR, ' ':SHORT:',', ' ':LONG:',')
      IF ADDR[LEN(SHORT) + 1] = ' ':SHORT THEN ADDR = ADDR[1, LEN(ADDR) - LEN(SHORT)]:LONG
   NEXT A
   ADDR = OCONV(ADDR, 'MCT')
RETURN
*
CHECK.POSTCODE:
   PC = UPCASE(CONVERT(' ', '', PC.IN))
   PC.OK = @FALSE
   IF LEN(PC) >= 5 AND LEN(PC) <= 7 THEN
      INWARD = PC[3]
      OUTWARD = PC[1, LEN(PC) - 3]
      IF NUM(INWARD[1, 1]) AND ALPHA(INWARD[2, 2]) AND ALPHA(OUTWARD[1, 1]) THEN
         PC.OK = @TRUE
         PC = OUTWARD:' ':INWARD
      END
   END
RETURN
END
