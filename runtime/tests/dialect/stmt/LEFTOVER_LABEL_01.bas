* What is left of a line after a complete statement starts a new line: a
* number there is a label (R = Y 10 sets label 10) and the rest of the line
* is the next statement; in a one-line THEN it ends the clause, so the rest
* of the line runs after the IF whatever the condition
Y = 2 ; R = 0 ; C = 0
GOTO 10
PRINT "skipped"
R = Y 10 PRINT "after label 10"
IF Y = 9 THEN R = 4 20 PRINT "then-20"
PRINT "R=":R
IF Y THEN R = 5 30 ; PRINT "then-30"
IF Y = 9 THEN R = 6 40 ; PRINT "then-40"
PRINT "back ":C
C = C + 1
IF C < 2 THEN GOTO 20
IF C < 3 THEN GOTO 40
R = 7 50: PRINT "fifty"
R = 8 1.5 PRINT "one and a half"
IF C < 4 THEN C = C + 1 ; GOTO 1.5
PRINT "C=":C
PRINT "done"
