* WHILE: several clauses in one loop, on the LOOP line, after a statement, with and without DO;
* in a FOR header; a false condition before the first pass; a string condition
I = 0
LOOP WHILE I < 3 DO I += 1 REPEAT
PRINT "a ":I
I = 0
LOOP
   I += 1
WHILE I < 10
   IF I = 4 THEN CONTINUE
WHILE I # 6 DO
   PRINT "b ":I
REPEAT
PRINT "b end ":I
N = 0
FOR J = 1 TO 10 WHILE J * J < 20
   N += J
NEXT J
PRINT "c ":J:" ":N
LOOP WHILE 0 DO PRINT "never" REPEAT
S = "x"
K = 0
LOOP WHILE S DO K += 1 ; S = S[2, 99] REPEAT
PRINT "d ":K:" [":S:"]"
S = "0.0"
LOOP WHILE S DO PRINT "never" REPEAT
PRINT "done"
