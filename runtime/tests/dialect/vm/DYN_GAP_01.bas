* SUPPORT: VM.GAPWALK
* Walking a large dynamic array forward with REPLACE / INSERT / DELETE
* (in place, through a gap at the edit point): copies taken mid-walk,
* CALL arguments by reference, REMOVE pointers, edits at the start, at
* the end and past it, items holding marks of other levels
N = 3000
D = ""
FOR I = 1 TO N
   D<-1> = "f":I
NEXT I
ORIG = D
* REPLACE walking forward, a copy taken in the middle keeps its value
FOR I = 1 TO 1500
   D = REPLACE(D, I, 0, 0, "r":I)
   IF I = 700 THEN COPY = D
NEXT I
CRT LEN(D):" ":D<1>:" ":D<1500>:" ":D<1501>:" ":DCOUNT(D, @FM)
CRT LEN(COPY):" ":COPY<700>:" ":COPY<701>:" ":DCOUNT(COPY, @FM)
E = ""
FOR I = 1 TO N
   IF I <= 1500 THEN E<-1> = "r":I ELSE E<-1> = "f":I
NEXT I
IF D = E THEN CRT "replace walk same" ELSE CRT "replace walk differs"
* D<I> = "s":D<I>, an append and an edit of field 1 in the middle
FOR I = 1 TO N
   D<I> = "s":D<I>
   IF I = 1000 THEN
      D<-1> = "appended"
      D<1> = "one"
      CRT D<1>:" ":D<999>:" ":D<1001>:" ":D<N+1>
   END
NEXT I
CRT LEN(D):" ":D<1>:" ":D<1000>:" ":D<N>:" ":D<N+1>:" ":DCOUNT(D, @FM)
* a subroutine walks its by-reference parameter
CALL VM.GAPWALK(D, 10, 2000)
CRT D<9>:" ":D<10>:" ":D<2009>:" ":D<2010>:" ":LEN(D)
* INS walking forward, then the REMOVE pointer
F = ORIG
REMOVE X FROM F SETTING M
CRT "removed ":X
FOR I = 1 TO 1000
   INS "n":I BEFORE F<2*I-1>
NEXT I
REMOVE X FROM F SETTING M
CRT "after ins ":X:" ":F<1999>:" ":F<2000>:" ":F<2001>:" ":DCOUNT(F, @FM)
* DEL walking forward, DELETE from the front
G = ORIG
H = ORIG
FOR I = 1 TO 1000
   DEL G<I>
   H = DELETE(H, 1)
NEXT I
CRT G<1>:" ":G<999>:" ":G<1000>:" ":G<1001>:" ":LEN(G)
CRT H<1>:" ":LEN(H):" ":DCOUNT(H, @FM)
* values of one field, with subvalues and marks inside new items
V = "head"
FOR I = 1 TO 1500
   V<2,I> = "v":I
NEXT I
V<3> = "last"
FOR I = 1 TO 1500 STEP 3
   V<2,I> = "x":@SM:I
   INS "i":I BEFORE V<2,I+1>
   V = REPLACE(V, 2, I + 2, 2, "sv")
NEXT I
CRT V<1>:" ":V<3>:" ":CONVERT(@SM, "\\", V<2,4>):" ":V<2,5>:" ":V<2,6,2>:" ":DCOUNT(V<2>, @VM)
V<2,10> = "a":@FM:"b"
CRT LEN(V<3>):" ":V<3,2>:" ":V<4>:" ":DCOUNT(V, @FM)
* past the end, and an empty array
D<N+5> = "far"
CRT DCOUNT(D, @FM):" ":D<N+5>
Z = ""
Z = INSERT(Z, 1, 0, 0, "z")
Z = DELETE(Z, 1)
CRT "[":Z:"] ":LEN(Z)
CRT "done"
END
