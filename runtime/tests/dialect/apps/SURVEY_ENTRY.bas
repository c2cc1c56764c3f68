* Survey data capture from a stacked batch file: INPUT @(col,row) prompts, INPUT with
* a length and the underscore (no line feed) form, an INPUT loop ended by
* an empty answer, DATA stacked from a dynamic array inside a loop, CLEARDATA,
* SYSTEM(10) before and after, and the results table.
QUESTIONS = 'Name':@FM:'Age':@FM:'Postcode':@FM:'Rating 1-5'
ANSWERS = 'Pat Jones|34|LS1 4AB|5':@FM:'Sam Lee||YO1|x':@FM:'Chris Ng|61|HU2 9ZZ|3'
RESULTS = ''
FOR R = 1 TO DCOUNT(ANSWERS, @FM)
   FOR Q = 1 TO DCOUNT(QUESTIONS, @FM)
      DATA FIELD(ANSWERS<R>, '|', Q)
   NEXT Q
NEXT R
DATA 'first comment', 'second comment', ''
PRINT 'stacked: ':SYSTEM(10)
FOR R = 1 TO 3
   FOR Q = 1 TO DCOUNT(QUESTIONS, @FM)
      INPUT @(0, Q):V, 10_
      IF Q = 2 AND NOT(NUM(V)) THEN V = '?'
      RESULTS<R, Q> = V
   NEXT Q
   PRINT
NEXT R
COMMENTS = ''
LOOP
   PRINT 'comment':
   INPUT C
UNTIL C = '' OR C = '-' DO
   COMMENTS<-1> = C
REPEAT
PRINT 'comments ':DCOUNT(COMMENTS, @FM):' last input [':C:']'
DATA 'leftover 1', 'leftover 2'
PRINT 'before clear: ':SYSTEM(10)
CLEARDATA
PRINT 'after clear: ':SYSTEM(10)
PRINT 'SURVEY RESULTS'
FOR R = 1 TO 3
   LINE = ''
   FOR Q = 1 TO 4
      LINE := FMT(RESULTS<R, Q>, 'L#11')
   NEXT Q
   PRINT TRIMB(LINE)
NEXT R
TOTAL = 0 ; N = 0
FOR R = 1 TO 3
   IF NUM(RESULTS<R, 4>) AND RESULTS<R, 4> # '' THEN TOTAL += RESULTS<R, 4> ; N += 1
NEXT R
PRINT 'mean rating ':OCONV(TOTAL / N * 100, 'MD2'):' from ':N
PRINT 'done'
