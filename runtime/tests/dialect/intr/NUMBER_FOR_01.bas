* FOR loops with fractional steps and accumulated float error
N = 0
FOR X = 0 TO 1 STEP 0.1
   N += 1
NEXT X
CRT N : " " : X
T = 0
FOR I = 1 TO 10 ; T += 0.1 ; NEXT I
CRT T : " " : (T = 1) : " " : (T - 1)
FOR X = 1 TO 0 STEP -0.25 ; CRT X : " " : ; NEXT X
CRT
CRT "done"
