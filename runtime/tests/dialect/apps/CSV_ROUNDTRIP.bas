* Member list import and export: a CSV file written line by line with WRITESEQ,
* read back with READSEQ and parsed by hand (quoted fields with commas and doubled
* quotes), validated and loaded into a hashed file, then exported again sorted by
* surname as a second CSV built with a local CSV quoting routine, and re-read.
EXECUTE 'CREATE.FILE XFER DIRECTORY' CAPTURING JUNK
EXECUTE 'CREATE.FILE MEMBERS' CAPTURING JUNK
OPEN 'MEMBERS' TO MEM.F ELSE STOP 'no MEMBERS'
DEFFUN CSVQ(TEXT) LOCAL
Q = '"'
* 1. write the import file
OPENSEQ 'XFER', 'members.csv' TO OUT.F ELSE
   IF STATUS() # 0 THEN STOP 'cannot create members.csv'
END
WEOFSEQ OUT.F
SRC = 'id,surname,forename,joined,fee,notes'
SRC<-1> = '101,Smith,Anne,2019-03-14,25.00,'
SRC<-1> = \102,"O'Brien",Pat,2020-11-30,30.5,"likes ""chess"", bridge"\
SRC<-1> = '103,Zhang,Wei,2021-02-29,25,bad date'
SRC<-1> = '104,"Adams, Jr",John,2018-07-01,x,fee missing'
SRC<-1> = ''
SRC<-1> = '105,Baker,Sue,2022-12-31,40,"multi, comma, note"'
SRC<-1> = '106,Evans,,2023-01-15,35,no forename'
FOR I = 1 TO DCOUNT(SRC, @FM)
   WRITESEQ SRC<I> TO OUT.F ELSE PRINT 'write failed at ':I
NEXT I
CLOSESEQ OUT.F
* 2. read it back and load
OPENSEQ 'XFER', 'members.csv' TO IN.F ELSE STOP 'cannot open members.csv'
LNO = 0 ; LOADED = 0 ; SKIPPED = 0
LOOP
   READSEQ LINE FROM IN.F ELSE EXIT
   LNO += 1
   IF LNO = 1 THEN
      HEADERS = CONVERT(',', @VM, LINE)
      CONTINUE
   END
   IF TRIM(LINE) = '' THEN CONTINUE
   GOSUB SPLIT.CSV
   GOSUB CHECK.ROW
   IF MSG # '' THEN
      PRINT 'line ':LNO:': ':MSG
      SKIPPED += 1
      CONTINUE
   END
   REC = ''
   REC<1> = ROW<2> ; REC<2> = ROW<3> ; REC<3> = JOINED ; REC<4> = FEE ; REC<5> = ROW<6>
   WRITE REC ON MEM.F, ROW<1>
   LOADED += 1
REPEAT
CLOSESEQ IN.F
PRINT 'columns: ':DCOUNT(HEADERS, @VM):', lines: ':LNO:', loaded: ':LOADED:', skipped: ':SKIPPED
* 3. export sorted by surname
SSELECT MEM.F TO 2
IDS = ''
LOOP
   READNEXT ID FROM 2 ELSE EXIT
   READ REC FROM MEM.F, ID ELSE CONTINUE
   SNAME = UPCASE(REC<1>)
   LOCATE SNAME IN IDS<2,1> BY 'AL' SETTING P ELSE NULL
   IDS = INSERT(IDS, 1, P; ID)
   IDS = INSERT(IDS, 2, P; SNAME)
REPEAT
OPENSEQ 'XFER', 'export.csv' TO EX.F ELSE NULL
WEOFSEQ EX.F
WRITESEQ 'Member,Name,Joined,Fee' TO EX.F ELSE NULL
TOTAL.FEE = 0
FOR I = 1 TO DCOUNT(IDS<1>, @VM)
   READ REC FROM MEM.F, IDS<1, I> ELSE CONTINUE
   NAME = REC<1>:(IF REC<2> = '' THEN '' ELSE ', ':REC<2>)
   OUT = IDS<1, I>:',':CSVQ(NAME):',':OCONV(REC<3>, 'D4-'):',':OCONV(REC<4>, 'MD2')
   WRITESEQ OUT TO EX.F ELSE NULL
   TOTAL.FEE += REC<4>
NEXT I
WRITESEQ 'TOTAL,,,':OCONV(TOTAL.FEE, 'MD2') TO EX.F ELSE NULL
CLOSESEQ EX.F
* 4. show the export as stored
OPENSEQ 'XFER', 'export.csv' TO EX.F ELSE STOP 'export missing'
N = 0
LOOP
   READSEQ LINE FROM EX.F ELSE EXIT
   N += 1
   PRINT FMT(N, 'R#2'):' ':LINE
REPEAT
CLOSESEQ EX.F
PRINT 'done'
STOP
*
* ROW: the fields of LINE, one per field mark; quotes removed, "" kept as "
SPLIT.CSV:
   ROW = '' ; F = 1 ; IN.Q = @FALSE ; CUR = ''
   FOR C = 1 TO LEN(LINE)
      CH = LINE[C, 1]
      BEGIN CASE
         CASE IN.Q AND CH = Q AND LINE[C + 1, 1] = Q
            CUR := Q ; C += 1
         CASE CH = Q
            IN.Q = NOT(IN.Q)
         CASE CH = ',' AND NOT(IN.Q)
            ROW<F> = CUR ; F += 1 ; CUR = ''
         CASE 1
            CUR := CH
      END CASE
   NEXT C
   ROW<F> = CUR
RETURN
*
CHECK.ROW:
   MSG = ''
   IF NOT(NUM(ROW<1>)) OR ROW<1> = '' THEN MSG = 'bad id ':ROW<1> ; RETURN
   JOINED = ICONV(ROW<4>, 'D4-YMD')
   IF STATUS() # 0 OR JOINED = '' THEN MSG = 'bad date ':ROW<4> ; RETURN
   FEE = ICONV(ROW<5>, 'MD2')
   IF STATUS() # 0 OR NOT(NUM(ROW<5>)) THEN MSG = 'bad fee ':ROW<5> ; RETURN
RETURN
*
LOCAL FUNCTION CSVQ(TEXT)
   IF INDEX(TEXT, ',', 1) OR INDEX(TEXT, '"', 1) THEN
      RETURN '"':CHANGE(TEXT, '"', '""'):'"'
   END
   RETURN TEXT
END
END
