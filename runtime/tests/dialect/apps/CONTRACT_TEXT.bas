* Contract document generator: a clause library with placeholders filled by CHANGE
* and SWAP (with occurrence and start arguments), EREPLACE, clause numbering with
* INDEX/COUNT on nth occurrences, paragraph wrapping with FOLD and its delimiter
* argument, quoting with DQUOTE/SQUOTE, LOWER/RAISE for nested lists, CONVERT
* statement forms and REMOVE with its delimiter variable.
CLAUSES = 'The {PARTY} agrees to pay {AMOUNT} to {PARTY2} within {DAYS} days of invoice.'
CLAUSES<-1> = 'Either party may end this contract with {DAYS} days notice; notice is given in writing.'
CLAUSES<-1> = 'The {PARTY} shall keep {PARTY2} data confidential, and {PARTY} staff shall sign an NDA.'
CLAUSES<-1> = 'Governing law: England and Wales.'
VARS = 'PARTY=Customer':@VM:'PARTY2=Supplier':@VM:'AMOUNT=GBP 12,500.00':@VM:'DAYS=30'
DOC = ''
FOR C = 1 TO DCOUNT(CLAUSES, @FM)
   T = CLAUSES<C>
   PRINT 'clause ':C:' has ':COUNT(T, '{'):' placeholders, first at ':INDEX(T, '{', 1):', last at ':INDEX(T, '{', COUNT(T, '{'))
   FOR V = 1 TO DCOUNT(VARS, @VM)
      K = FIELD(VARS<1, V>, '=', 1) ; VAL = FIELD(VARS<1, V>, '=', 2)
      T = CHANGE(T, '{':K:'}', VAL)
   NEXT V
   DOC<C> = C:'. ':T
NEXT C
* only the first mention of Customer becomes 'The client'
DOC<3> = CHANGE(DOC<3>, 'The Customer', 'The client', 1)
DOC<2> = SWAP(DOC<2>, 'notice', 'NOTICE', 1)
DOC<1> = CHANGE(DOC<1>, 'days', 'calendar days')
FOR C = 1 TO DCOUNT(DOC, @FM)
   W = FOLD(DOC<C>, 36)
   FOR L = 1 TO DCOUNT(W, @FM)
      PRINT (IF L = 1 THEN '' ELSE '   '):W<L>
   NEXT L
NEXT C
PRINT 'fold with bar: ':FOLD('one two three four five six', 9, '|')
PRINT 'fold long word: ':CONVERT(@FM, '/', FOLD('supercalifragilistic is long', 8))
* a schedule of parties as a nested list
SCHED = 'Customer':@VM:'Acme plc':@SM:'1 High St':@FM:'Supplier':@VM:'Widgets Ltd':@SM:'Unit 4'
L2 = LOWER(SCHED)
PRINT 'lower: ':OCONV(L2, 'MX0C')[1, 0]:CONVERT(@VM:@SM:@TM, ']\~', L2)
PRINT 'raise: ':CONVERT(@FM:@VM:@SM, '^]\', RAISE(L2))
PRINT 'quoted: ':DQUOTE(DOC<4>[4, 13]):' ':SQUOTE('it''s'):' ':QUOTE(12)
* walking the schedule with REMOVE
REMOVE.PTR = 0
LOOP
   REMOVE PART FROM SCHED SETTING DELIM
   PRINT 'part [':PART:'] delim ':DELIM
WHILE DELIM REPEAT
X = 'a-b-c'
CONVERT '-' TO '+' IN X
PRINT 'convert stmt: ':X:' ':CONVERT('abc', 'AB', 'aabbcc')
PRINT 'change twice: ':CHANGE('x.x.x.x', '.', ':', 2):' delete once: ':CHANGE('x.x.x.x', '.', '', 1)
PRINT 'change neg: ':CHANGE('x.x.x.x', '.', ':', -1)
PRINT 'done'
