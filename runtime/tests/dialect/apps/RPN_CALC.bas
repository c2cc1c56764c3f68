* A reverse-Polish calculator using a dynamic array as a stack; errors reported, not fatal
EXPRS = '3 4 +':@FM:'5 1 2 + 4 * + 3 -':@FM:'2 3 ^':@FM:'10 3 /':@FM:'1 0 /':@FM:'4 +':@FM:'7 2 %':@FM:'9 sqrt':@FM:'1.5 2.25 * neg'
FOR E = 1 TO DCOUNT(EXPRS, @FM)
   EXPR = EXPRS<E>
   STACK = '' ; DEPTH = 0 ; ERR = ''
   FOR T = 1 TO DCOUNT(EXPR, ' ')
      TOK = FIELD(EXPR, ' ', T)
      IF NUM(TOK) THEN
         DEPTH += 1 ; STACK<DEPTH> = TOK
         CONTINUE
      END
      BEGIN CASE
         CASE TOK = 'sqrt' OR TOK = 'neg'
            IF DEPTH < 1 THEN ERR = 'underflow at ':TOK ; EXIT
            A = STACK<DEPTH>
            IF TOK = 'sqrt' THEN STACK<DEPTH> = SQRT(A) ELSE STACK<DEPTH> = -A
         CASE INDEX('+-*/^%', TOK, 1) > 0 AND LEN(TOK) = 1
            IF DEPTH < 2 THEN ERR = 'underflow at ':TOK ; EXIT
            B = STACK<DEPTH> ; A = STACK<DEPTH - 1>
            STACK = DELETE(STACK, DEPTH) ; DEPTH -= 1
            ON INDEX('+-*/^%', TOK, 1) GOSUB DO.ADD, DO.SUB, DO.MUL, DO.DIV, DO.POW, DO.MOD
            IF ERR # '' THEN EXIT
            STACK<DEPTH> = R
         CASE 1
            ERR = 'bad token ':TOK ; EXIT
      END CASE
   NEXT T
   IF ERR = '' AND DEPTH # 1 THEN ERR = 'stack depth ':DEPTH
   IF ERR # '' THEN PRINT FMT(EXPR, 'L#24'):'error: ':ERR ELSE PRINT FMT(EXPR, 'L#24'):'= ':STACK<1>
NEXT E
PRINT 'done'
STOP
DO.ADD: R = A + B ; RETURN
DO.SUB: R = A - B ; RETURN
DO.MUL: R = A * B ; RETURN
DO.DIV:
   IF B = 0 THEN ERR = 'division by zero' ELSE R = A / B
   RETURN
DO.POW: R = A ^ B ; RETURN
DO.MOD: R = MOD(A, B) ; RETURN
END
