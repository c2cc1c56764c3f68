PROGRAM B03_LOCATE
* Benchmark: LOCATE.  Builds a sorted value list of 3,000 numbers with
* LOCATE ... IN L<1,1> BY "AR" and INS (values of field 1), then 5,000
* sorted lookups; prints counts and a position checksum.
L = ""
N = 0
FOR I = 1 TO 3000
   K = MOD(I * 7919, 10007)
   LOCATE K IN L<1,1> BY "AR" SETTING P ELSE
      INS K BEFORE L<1,P>
      N += 1
   END
NEXT I
F = 0
S = 0
FOR I = 1 TO 5000
   K = MOD(I * 31, 10007)
   LOCATE K IN L<1,1> BY "AR" SETTING P THEN
      F += 1
      S += P
   END
NEXT I
CRT "inserted: ":N
CRT "found: ":F:" position sum: ":S
CRT "first: ":L<1,1>:" last: ":L<1,N>
CRT "done"
END
