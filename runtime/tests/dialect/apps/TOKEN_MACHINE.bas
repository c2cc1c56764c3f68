* A tiny calculator language: a character-class state machine splits each line into
* tokens (numbers, names, strings, operators), a shunting-yard pass turns the
* expression into postfix, and a stack machine evaluates it with variables kept in
* a dynamic array. Errors are reported with the column where they were found.
EQU ST.START TO 0, ST.NUM TO 1, ST.NAME TO 2, ST.STR TO 3
EQU T.NUM TO 'N', T.NAME TO 'I', T.STR TO 'S', T.OP TO 'O'
VAR.NAMES = '' ; VAR.VALUES = ''
PROG = 'rate = 7.5'
PROG<-1> = 'qty = 12'
PROG<-1> = 'net = qty * 250 / 100'
PROG<-1> = 'tax = net * rate / 100'
PROG<-1> = 'total = (net + tax) * 1'
PROG<-1> = 'label = "Total: " & total'
PROG<-1> = 'neg = -3 + 2 ^ 3 ^ 2'
PROG<-1> = 'bad = 4 $ 5'
PROG<-1> = 'unknown = missing + 1'
PROG<-1> = 'paren = (1 + 2'
PROG<-1> = 'chain = 10 - 4 - 3'
PROG<-1> = 'str = "unterminated'
FOR LN = 1 TO DCOUNT(PROG, @FM)
   SRC = PROG<LN>
   GOSUB TOKENISE
   IF ERR = '' THEN GOSUB ASSIGNMENT
   IF ERR # '' THEN
      PRINT FMT(LN, 'R#2'):': error at column ':ERR.COL:': ':ERR
   END ELSE
      PRINT FMT(LN, 'R#2'):': ':TARGET:' = ':RESULT:'   [':POSTFIX:']'
   END
NEXT LN
PRINT 'variables: ':CONVERT(@FM, ',', VAR.NAMES)
PRINT 'done'
STOP
*
* TOKENISE: SRC -> TOKS (type in value 1, text in value 2, column in value 3)
TOKENISE:
   TOKS = '' ; ERR = '' ; ERR.COL = 0 ; STATE = ST.START ; CUR = '' ; START = 0
   SRC.LEN = LEN(SRC)
   POS = 1
   LOOP WHILE POS <= SRC.LEN + 1 AND ERR = '' DO
      CH = SRC[POS, 1]
      BEGIN CASE
         CASE STATE = ST.NUM
            IF NUM(CUR:CH) AND CH # '' AND CH # ' ' THEN CUR := CH ; POS += 1 ; CONTINUE
            TOKS<-1> = T.NUM:@VM:CUR:@VM:START ; STATE = ST.START
         CASE STATE = ST.NAME
            IF ALPHA(CH) OR (CH MATCHES '1N') OR CH = '_' THEN CUR := CH ; POS += 1 ; CONTINUE
            TOKS<-1> = T.NAME:@VM:CUR:@VM:START ; STATE = ST.START
         CASE STATE = ST.STR
            IF CH = '' THEN ERR = 'unterminated string' ; ERR.COL = START ; CONTINUE
            IF CH = '"' THEN
               TOKS<-1> = T.STR:@VM:CUR:@VM:START ; STATE = ST.START
            END ELSE CUR := CH
            POS += 1
         CASE CH = ' ' OR CH = ''
            POS += 1
         CASE CH MATCHES '1N'
            STATE = ST.NUM ; CUR = CH ; START = POS ; POS += 1
         CASE ALPHA(CH)
            STATE = ST.NAME ; CUR = CH ; START = POS ; POS += 1
         CASE CH = '"'
            STATE = ST.STR ; CUR = '' ; START = POS ; POS += 1
         CASE INDEX('+-*/^()=&', CH, 1)
            TOKS<-1> = T.OP:@VM:CH:@VM:POS ; POS += 1
         CASE 1
            ERR = 'unexpected "':CH:'"' ; ERR.COL = POS
      END CASE
   REPEAT
RETURN
*
ASSIGNMENT:
   IF TOKS<1, 1> # T.NAME OR TOKS<2, 2> # '=' THEN
      ERR = 'expected name =' ; ERR.COL = 1 ; RETURN
   END
   TARGET = TOKS<1, 2>
   GOSUB TO.POSTFIX
   IF ERR # '' THEN RETURN
   GOSUB EVALUATE
   IF ERR # '' THEN RETURN
   LOCATE TARGET IN VAR.NAMES<1> SETTING VP ELSE VAR.NAMES<VP> = TARGET
   VAR.VALUES<VP> = RESULT
RETURN
*
* precedence: ^ 4 (right), unary minus 3, * / 2, + - & 1
TO.POSTFIX:
   OUTQ = '' ; OPS = '' ; POSTFIX = '' ; PREV = 'OP'
   FOR T = 3 TO DCOUNT(TOKS, @FM)
      TT = TOKS<T, 1> ; TX = TOKS<T, 2>
      BEGIN CASE
         CASE TT # T.OP
            OUTQ<-1> = TT:@VM:TX ; PREV = 'VAL'
         CASE TX = '('
            OPS<-1> = '(' ; PREV = 'OP'
         CASE TX = ')'
            LOOP
               N = DCOUNT(OPS, @FM)
            UNTIL N = 0 OR OPS<N> = '(' DO
               OUTQ<-1> = T.OP:@VM:OPS<N> ; OPS = DELETE(OPS, N)
            REPEAT
            IF N = 0 THEN ERR = 'unbalanced )' ; ERR.COL = TOKS<T, 3> ; RETURN
            OPS = DELETE(OPS, N) ; PREV = 'VAL'
         CASE 1
            IF TX = '-' AND PREV = 'OP' THEN TX = 'NEG'
            GOSUB PREC ; P1 = PR
            LOOP
               N = DCOUNT(OPS, @FM)
               IF N = 0 THEN EXIT
               TOP = OPS<N>
               IF TOP = '(' THEN EXIT
               TX.SAVE = TX ; TX = TOP ; GOSUB PREC ; P2 = PR ; TX = TX.SAVE
            WHILE P2 > P1 OR (P2 = P1 AND TX # '^' AND TX # 'NEG') DO
               OUTQ<-1> = T.OP:@VM:TOP ; OPS = DELETE(OPS, N)
            REPEAT
            OPS<-1> = TX ; PREV = 'OP'
      END CASE
   NEXT T
   FOR N = DCOUNT(OPS, @FM) TO 1 STEP -1
      IF OPS<N> = '(' THEN ERR = 'unbalanced (' ; ERR.COL = SRC.LEN ; RETURN
      OUTQ<-1> = T.OP:@VM:OPS<N>
   NEXT N
   FOR N = 1 TO DCOUNT(OUTQ, @FM)
      POSTFIX := (IF N > 1 THEN ' ' ELSE ''):OUTQ<N, 2>
   NEXT N
RETURN
*
PREC:
   PR = 0
   BEGIN CASE
      CASE TX = '^' ; PR = 4
      CASE TX = 'NEG' ; PR = 3
      CASE TX = '*' OR TX = '/' ; PR = 2
      CASE 1 ; PR = 1
   END CASE
RETURN
*
EVALUATE:
   STACK = ''
   FOR N = 1 TO DCOUNT(OUTQ, @FM)
      TT = OUTQ<N, 1> ; TX = OUTQ<N, 2>
      BEGIN CASE
         CASE TT = T.NUM OR TT = T.STR
            INS TX BEFORE STACK<1>
         CASE TT = T.NAME
            LOCATE TX IN VAR.NAMES<1> SETTING VP ELSE
               ERR = 'unknown variable ':TX ; ERR.COL = INDEX(SRC, TX, 1) ; RETURN
            END
            INS VAR.VALUES<VP> BEFORE STACK<1>
         CASE TX = 'NEG'
            STACK<1> = -STACK<1>
         CASE 1
            B = STACK<1> ; A = STACK<2>
            STACK = DELETE(STACK, 1)
            BEGIN CASE
               CASE TX = '+' ; R = A + B
               CASE TX = '-' ; R = A - B
               CASE TX = '*' ; R = A * B
               CASE TX = '/' ; R = A / B
               CASE TX = '^' ; R = PWR(A, B)
               CASE TX = '&' ; R = A : B
            END CASE
            STACK<1> = R
      END CASE
   NEXT N
   RESULT = STACK<1>
RETURN
END
