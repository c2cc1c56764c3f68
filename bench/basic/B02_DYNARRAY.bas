PROGRAM B02_DYNARRAY
* Benchmark: dynamic arrays.  10,000 field appends with <-1>, sequential
* extraction of every field, 5,000 value assignments and strided value
* extraction, in-place field replacement, a REMOVE scan; prints checksums.
D = ""
FOR I = 1 TO 10000
   D<-1> = "item":I
NEXT I
T = 0
FOR I = 1 TO 10000
   T += LEN(D<I>)
NEXT I
V = ""
FOR I = 1 TO 5000
   V<1,I> = I * 3
NEXT I
S = 0
FOR I = 1 TO 5000 STEP 7
   S += V<1,I>
NEXT I
FOR I = 1 TO 10000 STEP 10
   D<I> = "x":I
NEXT I
H = 0
R = 0
LOOP
   REMOVE ITEM FROM D SETTING MORE
   R += 1
   H = MOD(H * 7 + LEN(ITEM), 1000003)
WHILE MORE
REPEAT
CRT "fields: ":DCOUNT(D, @FM)
CRT "total len: ":T
CRT "values: ":DCOUNT(V<1>, @VM):" sum: ":S
CRT "removed: ":R:" checksum: ":H
CRT "len: ":LEN(D)
CRT "done"
END
