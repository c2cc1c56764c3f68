PROGRAM B01_STRBUILD
* Benchmark: string building.  1,000,000 one-character appends with :=,
* 20,000 appends of the form T = T : X : "," (a copying implementation is
* quadratic here), 200,000 multi-part appends; prints lengths and a checksum
* of sampled characters.
S = ""
FOR I = 1 TO 1000000
   S := CHAR(65 + MOD(I, 26))
NEXT I
T = ""
FOR I = 1 TO 20000
   T = T : I : ","
NEXT I
U = ""
FOR I = 1 TO 200000
   U := "<" : I : ">"
NEXT I
H = 0
FOR I = 1 TO LEN(S) STEP 101
   H = MOD(H * 31 + SEQ(S[I,1]), 1000003)
NEXT I
FOR I = 1 TO LEN(T) STEP 103
   H = MOD(H * 31 + SEQ(T[I,1]), 1000003)
NEXT I
FOR I = 1 TO LEN(U) STEP 107
   H = MOD(H * 31 + SEQ(U[I,1]), 1000003)
NEXT I
CRT "len s: ":LEN(S)
CRT "len t: ":LEN(T)
CRT "len u: ":LEN(U)
CRT "checksum: ":H
CRT "done"
END
