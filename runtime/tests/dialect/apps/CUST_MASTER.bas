* Customer master maintenance: records held in a DIM'd array with EQUATEd field
* names, MATREADU/MATWRITE under locks, credit updates through READVU/WRITEV,
* RECORDLOCKED checks, RELEASE, and a sorted listing via SSELECT ... BY.
EQUATE C.NAME TO CUST(1), C.TOWN TO CUST(2), C.LIMIT TO CUST(3), C.BAL TO CUST(4)
EQUATE C.HIST TO CUST(5), C.TERMS TO CUST(6)
DIM CUST(6)
EXECUTE 'CREATE.FILE CUSTMAST' CAPTURING JUNK
OPEN 'CUSTMAST' TO CF ELSE STOP 'no CUSTMAST'
DICT.DATA = 'C100|Harbour Foods|Whitby|5000|1250.50|NET30'
DICT.DATA<-1> = 'C205|Moorland Mills|Skipton|2500|0|NET60'
DICT.DATA<-1> = 'C017|Abbey Print|Selby|12000|11800.75|COD'
DICT.DATA<-1> = 'C310|Dale Motors|Richmond|750|120|NET30'
FOR I = 1 TO DCOUNT(DICT.DATA, @FM)
   LN = DICT.DATA<I>
   MAT CUST = ''
   C.NAME = FIELD(LN, '|', 2) ; C.TOWN = FIELD(LN, '|', 3)
   C.LIMIT = FIELD(LN, '|', 4) ; C.BAL = FIELD(LN, '|', 5)
   C.TERMS = FIELD(LN, '|', 6)
   MATWRITE CUST ON CF, FIELD(LN, '|', 1)
NEXT I
* post a batch of payments and invoices
TXNS = 'C100,P,250.50' : @FM : 'C017,I,450' : @FM : 'C999,I,10' : @FM : 'C310,I,700'
TXNS<-1> = 'C205,I,99.99' : @FM : 'C100,I,3999.99'
FOR T = 1 TO DCOUNT(TXNS, @FM)
   ID = FIELD(TXNS<T>, ',', 1) ; KIND = FIELD(TXNS<T>, ',', 2) ; AMT = FIELD(TXNS<T>, ',', 3)
   MATREADU CUST FROM CF, ID LOCKED
      PRINT ID:' is locked'
      CONTINUE
   END ELSE
      PRINT ID:' not on file (status ':STATUS():'), lock held: ':RECORDLOCKED(CF, ID)
      RELEASE CF, ID
      CONTINUE
   END
   IF KIND = 'P' THEN NEWBAL = C.BAL - AMT ELSE NEWBAL = C.BAL + AMT
   IF NEWBAL > C.LIMIT THEN
      PRINT ID:' ':FMT(C.NAME, 'L#16'):' over limit by ':OCONV((NEWBAL - C.LIMIT) * 100, 'MD2,')
      RELEASE CF, ID
      CONTINUE
   END
   C.BAL = NEWBAL
   C.HIST<1, -1> = KIND:AMT
   MATWRITE CUST ON CF, ID
   PRINT ID:' ':FMT(C.NAME, 'L#16'):' now ':FMT(C.BAL, 'R2,$#12'):' locked=':RECORDLOCKED(CF, ID)
NEXT T
* terms change on one field only
READVU TERMS FROM CF, 'C017', 6 LOCKED PRINT 'locked' ELSE PRINT 'no C017'
PRINT 'C017 terms were ':TERMS:', lock ':RECORDLOCKED(CF, 'C017')
WRITEV 'NET14' ON CF, 'C017', 6
PRINT 'C017 lock after WRITEV ':RECORDLOCKED(CF, 'C017')
READV TOWN FROM CF, 'C205', 2 THEN PRINT 'C205 town ':UPCASE(TOWN)
READV NOTHING FROM CF, 'C205', 9 THEN PRINT 'field 9 [':NOTHING:']'
* listing sorted by town
EXECUTE 'SSELECT CUSTMAST BY @ID' CAPTURING JUNK
PRINT FMT('Id', 'L#6'):FMT('Name', 'L#16'):FMT('Town', 'L#10'):FMT('Balance', 'R#12'):' Terms  Hist'
TOTAL = 0
LOOP
   READNEXT ID ELSE EXIT
   MATREAD CUST FROM CF, ID ELSE CONTINUE
   TOTAL += C.BAL
   HIST = C.HIST
   CONVERT @VM TO ' ' IN HIST
   PRINT FMT(ID, 'L#6'):FMT(C.NAME, 'L#16'):FMT(C.TOWN, 'L#10'):FMT(C.BAL, 'R2,#12'):' ':FMT(C.TERMS, 'L#6'):' ':HIST
REPEAT
PRINT STR('-', 44):' ':FMT(TOTAL, 'R2,#12')
PRINT 'inmat ':INMAT()
PRINT 'done'
