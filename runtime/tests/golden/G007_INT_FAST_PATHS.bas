PROGRAM G007_INT_FAST_PATHS
* Integer fast paths agree with the general (float) paths: + - *,
* comparisons, FOR with negative integer steps; MOD does not: ScarletDME's
* 32-bit MOD gives the divisor for an exact multiple when the signs differ
* (MOD(6, -3) = -3, MOD(0, -4) = -4). Expected output from real ScarletDME.
BAD = 0
FOR A = -9 TO 9
   FOR B = -4 TO 4
      IF B = 0 THEN CONTINUE
      AF = A + 0.5 - 0.5
      IF MOD(A, B) # MOD(AF, B) THEN BAD += 1 ; CRT "mod ":A:" ":B
      IF REM(A, B) # REM(AF, B) THEN BAD += 1
      IF A * B # AF * B THEN BAD += 1
      IF (A < B) # (AF < B) THEN BAD += 1
      IF (A >= B) # (AF >= B) THEN BAD += 1
   NEXT B
NEXT A
CRT "mismatches: ":BAD
CRT "mod samples: ":MOD(-7, 3):" ":MOD(7, -3):" ":MOD(-7, -3):" ":MOD(6, -3)
CRT "overflow: ":2147483647 * 2:" ":-2147483647 - 10
S = ""
FOR I = 10 TO -10 STEP -5 ; S := I:" " ; NEXT I
CRT "neg step: ":S:"after ":I
CRT "done"
END
