PROGRAM B04_NUMERIC
* Benchmark: numeric loops.  1,000,000 integer MODs in a FOR loop, a
* LOOP/UNTIL counter, a floating-point harmonic sum, trial-division primes.
S = 0
FOR I = 1 TO 1000000
   S = S + MOD(I * 7, 97)
NEXT I
C = 0
X = 0
LOOP
   X += 3
   IF MOD(X, 5) = 0 THEN C += 1
UNTIL X >= 600000 REPEAT
F = 0
FOR I = 1 TO 200000
   F = F + 1 / I
NEXT I
P = 0
FOR I = 2 TO 20000
   ISP = 1
   FOR J = 2 TO INT(SQRT(I))
      IF MOD(I, J) = 0 THEN
         ISP = 0
         EXIT
      END
   NEXT J
   P += ISP
NEXT I
CRT "sum mod: ":S
CRT "multiples: ":C
CRT "harmonic: ":INT(F * 1000000)
CRT "primes: ":P
CRT "done"
END
