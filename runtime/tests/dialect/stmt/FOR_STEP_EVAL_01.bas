* FOR evaluates its STEP every time round, as its limit: a body that
* changes the step's variables changes the step
S = 1
FOR I = 1 TO 10 STEP S
   CRT I:
   S = S + 1
NEXT I
CRT
S = 1
L = 20
FOR I = 1 TO L STEP S * 2
   CRT I:
   S = S + 1
   L = L - 1
NEXT I
CRT
DIM A(3)
S = 2
FOR A(1) = 1 TO 9 STEP S
   CRT A(1):
   S = S + 1
NEXT A(1)
CRT
CRT "done"
