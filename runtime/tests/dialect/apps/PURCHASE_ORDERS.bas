* Purchase-order file kept as DIM'd records: header fields plus multivalued line
* fields, MATREAD/MATREADU/MATWRITE/MATWRITEU, MATBUILD/MATPARSE to move records
* to and from text, READV of field 0 to test existence, line totals with SUM and
* multivalue arithmetic, receipt of goods updating single values with READVU/WRITEV.
EQU PO.SUPP TO PO(1), PO.STAT TO PO(2), PO.ITEM TO PO(3), PO.QTY TO PO(4)
EQU PO.PRICE TO PO(5), PO.RECD TO PO(6), PO.NOTE TO PO(7)
DIM PO(7)
EXECUTE 'CREATE.FILE PORDERS' CAPTURING JUNK
OPEN 'PORDERS' TO POF ELSE STOP 'no PORDERS'
SRC = 'P1001~ACME~OPEN~BOLT]NUT]WASHER~100]250]500~0.12]0.04]0.01'
SRC<-1> = 'P1002~BETA~OPEN~DRILL~2~49.99'
SRC<-1> = 'P1003~ACME~HOLD~SAW]BLADE~1]10~15.5]2.25'
FOR I = 1 TO 3
   S = CONVERT(']', @VM, SRC<I>)
   ID = FIELD(S, '~', 1)
   MATPARSE PO FROM FIELD(S, '~', 2, 99), '~'
   PRINT ID:' parsed ':INMAT():' fields'
   NL = DCOUNT(PO.ITEM, @VM)
   PO.RECD = STR('0':@VM, NL - 1):'0'
   MATWRITE PO ON POF, ID
NEXT I
* goods received notes: item, qty
GRN = 'P1001,NUT,250':@FM:'P1001,BOLT,60':@FM:'P1002,DRILL,2':@FM:'P1003,SAW,1':@FM:'P1009,X,1':@FM:'P1001,BOLT,40'
FOR G = 1 TO DCOUNT(GRN, @FM)
   ID = FIELD(GRN<G>, ',', 1) ; ITEM = FIELD(GRN<G>, ',', 2) ; Q = FIELD(GRN<G>, ',', 3)
   READV X FROM POF, ID, 0 ELSE
      PRINT 'GRN ':G:': no order ':ID
      CONTINUE
   END
   MATREADU PO FROM POF, ID ELSE STOP 'vanished'
   IF PO.STAT = 'HOLD' THEN
      PRINT 'GRN ':G:': ':ID:' on hold, not received'
      RELEASE POF, ID
      CONTINUE
   END
   LOCATE ITEM IN PO.ITEM<1, 1> SETTING VP ELSE VP = 0
   IF VP = 0 THEN PRINT 'GRN ':G:': ':ITEM:' not on ':ID ; RELEASE POF, ID ; CONTINUE
   PO.RECD<1, VP> = PO.RECD<1, VP> + Q
   OUTSTANDING = 0
   FOR L = 1 TO DCOUNT(PO.QTY, @VM) ; OUTSTANDING += PO.QTY<1, L> - PO.RECD<1, L> ; NEXT L
   IF OUTSTANDING = 0 THEN PO.STAT = 'CLOSED'
   PO.NOTE<1, -1> = 'GRN':G
   MATWRITEU PO ON POF, ID
   PRINT 'GRN ':G:': ':ID:' ':ITEM:' +':Q:' outstanding ':OUTSTANDING:' status ':PO.STAT:' lock ':RECORDLOCKED(POF, ID)
   RELEASE POF, ID
NEXT G
* price change on one line of one order, field by field
READVU PRICES FROM POF, 'P1003', 5 ELSE STOP 'no prices'
PRICES<1, 2> = PRICES<1, 2> * 1.1
WRITEV PRICES ON POF, 'P1003', 5
WRITEV 'OPEN' ON POF, 'P1003', 2
* order book
SSELECT POF
LOOP
   READNEXT ID ELSE EXIT
   MATREAD PO FROM POF, ID ELSE CONTINUE
   VALS = ''
   FOR L = 1 TO DCOUNT(PO.QTY, @VM) ; VALS<1, L> = PO.QTY<1, L> * PO.PRICE<1, L> ; NEXT L
   PRINT ID:' ':FMT(PO.SUPP, 'L#5'):FMT(PO.STAT, 'L#7'):FMT(SUM(VALS), 'R2#9'):'  lines ':CONVERT(@VM, ',', PO.ITEM):'  recd ':CONVERT(@VM, ',', PO.RECD):'  notes ':CONVERT(@VM, ',', PO.NOTE)
   MATBUILD TEXT FROM PO, 2, 3
   MATBUILD LINE FROM PO USING '|'
   PRINT '      fields 2-3: ':CONVERT(@FM:@VM, '^,', TEXT):' line ':CONVERT(@VM, ',', LINE)
REPEAT
MATBUILD ALL FROM PO
PRINT 'last as record: ':DCOUNT(ALL, @FM):' fields, ':LEN(ALL):' bytes'
PRINT 'done'
