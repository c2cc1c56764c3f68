* ELSE forms of IF: single line, block, ELSE on the next line, ELSE without THEN, END ELSE, nested
X = 1 ; Y = 0
IF X THEN PRINT "a1" ELSE PRINT "a2"
IF Y THEN PRINT "b1" ELSE PRINT "b2"
IF Y ELSE PRINT "c: else only"
IF X ELSE PRINT "not printed"
IF Y THEN PRINT "d1"
ELSE PRINT "d2: ELSE on the next line"
IF Y THEN
   PRINT "e1"
END ELSE
   PRINT "e2: END ELSE"
END
IF X THEN
   PRINT "f1"
END
ELSE
   PRINT "f2 not printed"
END
IF Y THEN PRINT "g1" ELSE
   PRINT "g2: block ELSE after single-line THEN"
END
IF X THEN IF Y THEN PRINT "h1" ELSE PRINT "h2: inner ELSE" ELSE PRINT "h3"
IF Y THEN IF X THEN PRINT "i1" ELSE PRINT "i2" ELSE PRINT "i3: outer ELSE"
IF Y THEN PRINT "j1" ELSE IF X THEN PRINT "j2: ELSE IF" ELSE PRINT "j3"
IF Y THEN NULL ELSE PRINT "k: THEN NULL" ; PRINT "k: same clause"
IF "" THEN PRINT "l1" ELSE PRINT "l2: empty string false"
IF "0.0" THEN PRINT "m1" ELSE PRINT "m2: 0.0 false"
IF " " THEN PRINT "n1: space true" ELSE PRINT "n2"
IF "abc" THEN PRINT "o1: text true" ELSE PRINT "o2"
PRINT "done"
