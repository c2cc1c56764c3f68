* An operand followed directly by a variable (not only by a string) is
* formatted by it: X F is FMT(X, F), in assignments, PRINT/CRT items and
* IF/WHILE/UNTIL conditions; reserved words (THEN, DO, TO, ...) end it
F = "R#5"
X = 12
CRT X F
CRT X F : "|"
Y = X F
CRT "[" : Y : "]"
Y = X + 1 F
CRT "[" : Y : "]"
IF X F = "   12" THEN CRT "if: formatted"
N = 0
G = "L#3"
LOOP WHILE N G # "3  " DO
   N += 1
REPEAT
CRT "while: " : N
LOOP
   N -= 1
UNTIL N G = "0  " REPEAT
CRT "until: " : N
Z = (X) F
CRT "[" : Z : "]"
CRT "done"
