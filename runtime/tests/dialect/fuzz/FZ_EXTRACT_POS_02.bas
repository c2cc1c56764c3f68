* EXTRACT and X<f,v,s> with positions -1..3 (variations of FZ_EXTRACT_POS_01):
* value 0 is the whole field whatever the subvalue (<1,0,-1> is field 1)
S = "a]b\c]d^e]f\g^h"
CONVERT "^]\" TO @FM:@VM:@SM IN S
P = -1:@FM:0:@FM:1:@FM:2:@FM:3
FOR I = 1 TO 5
  F = P<I>
  LINE = F:":"
  FOR J = 1 TO 5
    FOR K = 1 TO 5
      V = P<J> ; W = P<K>
      R = EXTRACT(S, F, V, W)
      R2 = S<F, V, W>
      IF R # R2 THEN R := "(":R2:")"
      CONVERT @FM:@VM:@SM TO "^]\" IN R
      LINE := " ":R
    NEXT K
  NEXT J
  PRINT LINE
NEXT I
PRINT "done"
END
