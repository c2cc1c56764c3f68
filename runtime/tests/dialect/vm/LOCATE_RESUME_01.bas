* LOCATE BY "AR" / "DR" with INS building sorted lists: keys rising in
* runs, falling, repeated, and items that are not numbers; the list is
* changed between searches (DEL, REPLACE, appends) and copied
L = ""
FOR I = 1 TO 2000
   X = MOD(I * 37, 1000)
   LOCATE(X, L; P; "AR") ELSE INS X BEFORE L<P>
   IF MOD(I, 250) = 0 THEN
      DEL L<1>
      L<3> = "abc"
   END
   IF MOD(I, 333) = 0 THEN C = L
NEXT I
S = 0
FOR I = 1 TO DCOUNT(L, @FM)
   S = MOD(S * 31 + LEN(L<I>) + I, 1000003)
NEXT I
CRT DCOUNT(L, @FM):" ":L<1>:" ":L<3>:" ":L<DCOUNT(L, @FM)>:" ":S:" ":DCOUNT(C, @FM)
LOCATE("abc", L; P; "AR") THEN CRT "abc at ":P ELSE CRT "abc not, ":P
LOCATE(5000, L; P; "AR") ELSE CRT "5000 before ":P
D = ""
FOR I = 1 TO 1500
   X = MOD(I * 101, 700)
   LOCATE X IN D<1,1> BY "DR" SETTING P ELSE INS X BEFORE D<1,P>
   IF I = 700 THEN D<2> = "second field"
NEXT I
S = 0
FOR I = 1 TO DCOUNT(D<1>, @VM)
   S = MOD(S * 31 + D<1,I> + I, 1000003)
NEXT I
CRT DCOUNT(D<1>, @VM):" ":D<1,1>:" ":D<1,700>:" ":D<2>:" ":S
N = 0
FOR I = 1 TO 700
   LOCATE I IN D<1,1> BY "DR" SETTING P THEN N += P
NEXT I
CRT N
E = ""
FOR I = 1 TO 3000
   LOCATE(I, E; P; "AR") ELSE INS I BEFORE E<P>
NEXT I
CRT DCOUNT(E, @FM):" ":E<1>:" ":E<3000>:" ":LEN(E)
CRT "done"
END
