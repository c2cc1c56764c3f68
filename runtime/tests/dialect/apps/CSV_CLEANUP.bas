* Data cleaning: a CSV export written to a directory file with WRITESEQ, read back
* with READSEQ, fields trimmed, dates parsed in several formats with ICONV, phone
* numbers normalised, bad rows rejected, the clean rows sorted and written out again.
EXECUTE 'CREATE.FILE IMPORT DIRECTORY' CAPTURING JUNK
OPENSEQ 'IMPORT', 'contacts.csv' TO OUT.F ELSE
   IF STATUS() # 0 THEN STOP 'cannot create contacts.csv'
END
RAW = 'id,name,joined,phone,email,balance'
RAW<-1> = '17, "smith, john" ,12/03/2021,(01632) 960-001,John.Smith@Example.COM,1,234.50'
RAW<-1> = '4,Mary  Jones,2020-07-09,01632 960002, mary@example.com ,-12.5'
RAW<-1> = '22,"O''Brien, Pat",9 Jan 2019,+44 1632 960 003,pat@@example,0'
RAW<-1> = ''
RAW<-1> = '9,li wei,31/02/2022,01632960004,wei@example.org,abc'
RAW<-1> = '#comment line,,,,,'
RAW<-1> = '3,ANNA  KARENINA,01 MAR 2018,01632-960-005,anna@example.net,99'
FOR I = 1 TO DCOUNT(RAW, @FM)
   WRITESEQ RAW<I> TO OUT.F ELSE PRINT 'write failed at ':I
NEXT I
CLOSESEQ OUT.F

OPENSEQ 'IMPORT', 'contacts.csv' TO IN.F ELSE STOP 'cannot read back'
READSEQ HDR FROM IN.F ELSE STOP 'empty file'
COLS = CHANGE(HDR, ',', @FM)
PRINT 'columns: ':DCOUNT(COLS, @FM):' last=':COLS<DCOUNT(COLS, @FM)>
GOOD = '' ; BAD = '' ; LINE.NO = 1
LOOP
   READSEQ LINE FROM IN.F ELSE EXIT
   LINE.NO += 1
   IF TRIM(LINE) = '' THEN CONTINUE
   IF LINE[1,1] = '#' THEN CONTINUE
   GOSUB SPLIT.CSV
   ID = TRIM(F<1>)
   NAME = OCONV(TRIM(F<2>), 'MCT')
   JOINED = F<3> ; GOSUB PARSE.DATE
   PHONE = OCONV(F<4>, 'MCN')
   IF LEN(PHONE) > 11 AND PHONE[1,2] = '44' THEN PHONE = '0':PHONE[3,99]
   EMAIL = DOWNCASE(TRIM(F<5>))
   BAL = TRIM(F<6>)
   REASON = ''
   BEGIN CASE
      CASE NOT(ID MATCHES '1N0N') ; REASON = 'bad id'
      CASE JDATE = '' ; REASON = 'bad date ':F<3>
      CASE NOT(EMAIL MATCHES "1X0X'@'1X0X'.'1A0A") ; REASON = 'bad email ':EMAIL
      CASE NOT(NUM(BAL)) ; REASON = 'bad balance ':BAL
      CASE LEN(PHONE) # 11 ; REASON = 'bad phone ':PHONE
   END CASE
   IF REASON # '' THEN
      BAD<-1> = LINE.NO:': ':REASON
      CONTINUE
   END
   KEY = FMT(ID, 'R%6')
   LOCATE KEY IN GOOD<1> BY 'AL' SETTING POS ELSE NULL
   REC = KEY:@VM:NAME:@VM:JDATE:@VM:PHONE:@VM:EMAIL:@VM:ICONV(BAL, 'MD2')
   INS REC BEFORE GOOD<POS>
REPEAT
CLOSESEQ IN.F
PRINT 'rejected ':DCOUNT(BAD, @FM):':'
LOOP
   REMOVE R FROM BAD SETTING MORE
   PRINT '  ':R
WHILE MORE DO REPEAT
OPENSEQ 'IMPORT', 'clean.txt' TO CL.F ELSE NULL
WEOFSEQ CL.F
FOR I = 1 TO DCOUNT(GOOD, @FM)
   G = GOOD<I>
   OUTL = G<1,1>:'|':G<1,2>:'|':OCONV(G<1,3>, 'D4-'):'|':OCONV(G<1,3>, 'DWA')[1,3]:'|':G<1,4>:'|':G<1,5>:'|':OCONV(G<1,6>, 'MD2')
   WRITESEQ OUTL TO CL.F ELSE NULL
NEXT I
CLOSESEQ CL.F
OPENSEQ 'IMPORT', 'clean.txt' TO CL.F ELSE STOP 'no clean file'
N = 0
LOOP
   READSEQ L FROM CL.F ELSE EXIT
   N += 1
   PRINT N 'R#2':' ':L
REPEAT
CLOSESEQ CL.F
* a sorted list of domains
DOMS = ''
FOR I = 1 TO DCOUNT(GOOD, @FM)
   D = FIELD(GOOD<I,5>, '@', 2)
   IF D = '' THEN CONTINUE
   LOCATE D IN DOMS<1> BY 'AL' SETTING DP THEN CONTINUE
   DOMS = INSERT(DOMS, DP; D)
NEXT I
PRINT 'domains: ':CONVERT(@FM, ' ', DOMS)
PRINT 'done'
STOP

SPLIT.CSV:
* quoted fields may hold commas; doubled quotes inside quotes are one quote
   F = '' ; FN = 1 ; INQ = 0 ; CUR = ''
   FOR C = 1 TO LEN(LINE)
      CH = LINE[C,1]
      BEGIN CASE
         CASE CH = '"' AND INQ AND LINE[C+1,1] = '"'
            CUR := '"' ; C += 1
         CASE CH = '"'
            INQ = NOT(INQ)
         CASE CH = ',' AND NOT(INQ) AND FN < 6
            F<FN> = CUR ; FN += 1 ; CUR = ''
         CASE 1
            CUR := CH
      END CASE
   NEXT C
   F<FN> = CUR
RETURN

PARSE.DATE:
   JDATE = ''
   D = TRIM(JOINED)
   BEGIN CASE
      CASE D MATCHES '4N"-"2N"-"2N'
         JDATE = ICONV(D[6,2]:'/':D[9,2]:'/':D[1,4], 'D')
      CASE D MATCHES '1N0N"/"1N0N"/"4N'
         JDATE = ICONV(D, 'D4/E')
      CASE D MATCHES '1N0N" "3A" "4N'
         JDATE = ICONV(D, 'D')
   END CASE
   IF STATUS() # 0 THEN JDATE = ''
RETURN
END
