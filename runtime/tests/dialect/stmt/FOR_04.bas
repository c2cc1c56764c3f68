* FOR with fractional steps: the number of iterations and the final value
N = 0
FOR X = 0 TO 1 STEP 0.1
   N += 1
NEXT X
PRINT "0 to 1 step 0.1: ":N:" iterations, X=":X
N = 0
FOR X = 1 TO 0 STEP -0.25
   N += 1
NEXT X
PRINT "1 to 0 step -0.25: ":N:" iterations, X=":X
FOR I = 1 TO 3 STEP 0
   PRINT "step 0 runs once? ":I
   EXIT
NEXT I
PRINT "done"
