* Fuzzy matching of customer names: Levenshtein distance with a DIM table, best match per query
FUNCTION.NAMES = 'Johnson':@FM:'Jonson':@FM:'Johansson':@FM:'Jackson':@FM:'Dickson':@FM:'Nixon'
QUERIES = 'jonsen':@VM:'JACKSON':@VM:'nicks':@VM:'':@VM:'Johnsonville'
DIM D(20, 20)
FOR Q = 1 TO DCOUNT(QUERIES, @VM)
   A = UPCASE(QUERIES<1,Q>)
   BEST = '' ; BEST.D = 999 ; ALL = ''
   FOR N = 1 TO DCOUNT(FUNCTION.NAMES, @FM)
      B = UPCASE(FUNCTION.NAMES<N>)
      GOSUB DISTANCE
      ALL := DIST:' '
      IF DIST < BEST.D THEN BEST.D = DIST ; BEST = FUNCTION.NAMES<N>
   NEXT N
   SIMILAR = 0
   IF MAXIMUM(LEN(A):@VM:LEN(BEST)) > 0 THEN SIMILAR = 100 - INT(BEST.D * 100 / MAXIMUM(LEN(A):@VM:LEN(BEST)))
   PRINT FMT('"':QUERIES<1,Q>:'"', 'L#15'):FMT(BEST, 'L#10'):' d=':BEST.D:' sim=':SIMILAR:'% all: ':TRIM(ALL)
NEXT Q
PRINT 'done'
STOP

DISTANCE:
   LA = LEN(A) ; LB = LEN(B)
   IF LA > 18 THEN LA = 18
   FOR I = 0 TO LA ; D(I + 1, 1) = I ; NEXT I
   FOR J = 0 TO LB ; D(1, J + 1) = J ; NEXT J
   FOR I = 1 TO LA
      FOR J = 1 TO LB
         COST = (A[I,1] # B[J,1])
         V1 = D(I, J + 1) + 1
         V2 = D(I + 1, J) + 1
         V3 = D(I, J) + COST
         M = V1
         IF V2 < M THEN M = V2
         IF V3 < M THEN M = V3
         D(I + 1, J + 1) = M
      NEXT J
   NEXT I
   DIST = D(LA + 1, LB + 1)
   RETURN
END
