* Import a block of CSV text: quoted fields, trimming, validation, and a summary
$DEFINE SEP ","
EQU QUOTE.CHAR TO '"'
TEXT = 'id,name,dept,salary,start'
TEXT := CHAR(10) : '1, Alice Smith ,ENG,52000,2019-03-04'
TEXT := CHAR(10) : '2,"Bob, Jr.",OPS,41000.50,2020-11-30'
TEXT := CHAR(10) : '3,carol  ann  jones,eng,,2021-01-01'
TEXT := CHAR(10) : '4,Dave,MKT,abc,2018-07-15'
TEXT := CHAR(10) : ''
TEXT := CHAR(10) : '5,Eve,ENG,61000,2017-02-28'
CONVERT CHAR(10) TO @FM IN TEXT
HEAD = TEXT<1>
DEL TEXT<1>
PRINT 'Columns: ':DCOUNT(HEAD, SEP):' -> ':UPCASE(HEAD)
DEPTS = '' ; TOTALS = '' ; HEADS = ''
BAD = 0
LOOP
   REMOVE LINE FROM TEXT SETTING DELIM
   IF TRIM(LINE) = '' THEN
      PRINT '(blank line skipped)'
   END ELSE
      GOSUB SPLIT.LINE
      NAME = TRIM(COLS<2>)
      DEPT = OCONV(COLS<3>, 'MCU')
      SAL = COLS<4>
      IF NOT(NUM(SAL)) OR SAL = '' THEN
         PRINT 'Row ':COLS<1>:': bad salary [':SAL:']'
         BAD += 1
      END ELSE
         LOCATE DEPT IN DEPTS<1> BY 'AL' SETTING POS ELSE
            INS DEPT BEFORE DEPTS<1,POS>
            INS 0 BEFORE TOTALS<1,POS>
            INS 0 BEFORE HEADS<1,POS>
         END
         TOTALS<1,POS> += SAL
         HEADS<1,POS> += 1
      END
      PRINT FMT(COLS<1>,'R#3'):' ':FMT(OCONV(NAME,'MCT'),'L#20'):DEPT:' ':COUNT(NAME,' '):' ':LEN(NAME)
   END
WHILE DELIM DO REPEAT
PRINT
FOR I = 1 TO DCOUNT(DEPTS<1>, @VM)
   AVG = TOTALS<1,I> / HEADS<1,I>
   PRINT DEPTS<1,I>:' ':HEADS<1,I>:' ':FMT(AVG,'R2,#12'):' ':OCONV(AVG*100,'MD2,$')
NEXT I
PRINT 'Bad rows: ':BAD
PRINT 'done'
STOP

SPLIT.LINE:
* split on commas, honouring double quotes
   COLS = '' ; C = 1 ; INQ = 0 ; BUF = ''
   FOR P = 1 TO LEN(LINE)
      CH = LINE[P,1]
      IF CH = QUOTE.CHAR THEN
         INQ = NOT(INQ)
         CONTINUE
      END
      IF CH = SEP AND NOT(INQ) THEN
         COLS<C> = BUF ; C += 1 ; BUF = ''
      END ELSE BUF := CH
   NEXT P
   COLS<C> = BUF
   RETURN
END
