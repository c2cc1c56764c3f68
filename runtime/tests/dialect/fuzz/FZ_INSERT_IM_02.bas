* INSERT / INS next to item marks (#) and text marks (~), positions -1..2
* (variations of FZ_INSERT_IM_01): item and text marks are data, so the
* inserted item gets its own mark before an item mark
SRCS = "#" : @FM : "y#" : @FM : "#^a" : @FM : "a#b^c~d" : @FM : "~]a" : @FM : "#\"
P = -1:@FM:0:@FM:1:@FM:2
FOR N = 1 TO 6
  S0 = SRCS<N>
  CONVERT "^]\#~" TO @FM:@VM:@SM:CHAR(255):@TM IN S0
  LINE = N:":"
  FOR I = 1 TO 4
    FOR J = 1 TO 4
      FOR K = 1 TO 3
        F = P<I> ; V = P<J> ; W = P<K>
        R = INSERT(S0, F, V, W, "N")
        R2 = S0 ; INS "N" BEFORE R2<F, V, W>
        IF R # R2 THEN R := "(":R2:")"
        CONVERT @FM:@VM:@SM:CHAR(255):@TM TO "^]\#~" IN R
        LINE := " ":R
      NEXT K
    NEXT J
  NEXT I
  PRINT LINE
NEXT N
PRINT "done"
END
