* Control flow the way real programs mix it: nested FOR with STEP, EXIT, CONTINUE, LOOP/UNTIL,
* ON GOSUB, ON GOTO, computed labels, and numeric labels
PRIMES = ''
FOR N = 2 TO 50
   FOR D = 2 TO INT(SQRT(N))
      IF MOD(N, D) = 0 THEN GOTO NOT.PRIME
   NEXT D
   PRIMES<-1> = N
NOT.PRIME:
NEXT N
PRINT 'Primes: ':CONVERT(@FM, ' ', PRIMES)
* countdown with a fractional step
LINE = ''
FOR X = 1 TO 0 STEP -0.25
   LINE := X:' '
NEXT X
PRINT 'Step -0.25: ':LINE:'after: ':X
* loop bound evaluated once; changing the limit inside has no effect
LIM = 3 ; C = 0
FOR I = 1 TO LIM
   LIM = 10 ; C += 1
NEXT I
PRINT 'Iterations: ':C:' I=':I
* EXIT and CONTINUE inside LOOP
K = 0 ; ODDS = ''
LOOP
   K += 1
   IF K > 15 THEN EXIT
   IF MOD(K, 2) = 0 THEN CONTINUE
   ODDS := K:','
REPEAT
PRINT 'Odds: ':ODDS
* LOOP with UNTIL in the middle
J = 10
LOOP
   J -= 3
UNTIL J < 0 DO
   PRINT 'J=':J
REPEAT
* ON GOSUB with out-of-range index
FOR SEL = 0 TO 4
   ON SEL GOSUB L.ONE, L.TWO, L.THREE
NEXT SEL
* numeric labels
GOSUB 100
* FOR with an empty range does not run
FOR Q = 5 TO 1
   PRINT 'never'
NEXT Q
PRINT 'Q after empty loop: ':Q
* nested loop with EXIT only leaving the inner one
FOR A = 1 TO 3
   FOR B = 1 TO 3
      IF B > A THEN EXIT
      PRINT A:B:' ':
   NEXT B
NEXT A
PRINT
* WHILE condition on the LOOP line
Z = 0
LOOP WHILE Z < 3 DO Z += 1 REPEAT
PRINT 'Z=':Z
PRINT 'done'
STOP
L.ONE: PRINT 'one' ; RETURN
L.TWO: PRINT 'two' ; RETURN
L.THREE:
   PRINT 'three'
   RETURN
100 PRINT 'label 100'
    RETURN
END
