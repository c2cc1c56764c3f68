* Building a query string: percent-encoding, decoding, and parsing it back into names and values
PARAMS = 'name':@VM:'Zoe & Max':@FM:'q':@VM:'50% off! (today)':@FM:'path':@VM:'/a/b c':@FM:'empty':@VM:''
SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~'
QS = ''
FOR P = 1 TO DCOUNT(PARAMS, @FM)
   V = PARAMS<P,2> ; ENC = ''
   FOR I = 1 TO LEN(V)
      C = V[I,1]
      BEGIN CASE
         CASE INDEX(SAFE, C, 1) ; ENC := C
         CASE C = ' ' ; ENC := '+'
         CASE 1 ; ENC := '%':FMT(DTX(SEQ(C)), 'R%2')
      END CASE
   NEXT I
   IF QS # '' THEN QS := '&'
   QS := PARAMS<P,1>:'=':ENC
NEXT P
PRINT QS
* decode
PAIRS = QS
CONVERT '&' TO @FM IN PAIRS
FOR P = 1 TO DCOUNT(PAIRS, @FM)
   NM = FIELD(PAIRS<P>, '=', 1)
   RAW = FIELD(PAIRS<P>, '=', 2, 99)
   RAW = CHANGE(RAW, '+', ' ')
   OUT = '' ; I = 1
   LOOP WHILE I <= LEN(RAW)
      C = RAW[I,1]
      IF C = '%' THEN
         OUT := CHAR(XTD(RAW[I + 1, 2]))
         I += 3
      END ELSE
         OUT := C
         I += 1
      END
   REPEAT
   PRINT FMT(NM, 'L#6'):'[':OUT:'] ':(OUT = PARAMS<P,2>)
NEXT P
PRINT 'done'
END
