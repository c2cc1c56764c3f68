* Sorting a dynamic array by hand: bubble sort numeric vs string, insertion via LOCATE, and keyed records
LIST = '10':@FM:'9':@FM:'100':@FM:'-5':@FM:'9.5':@FM:'abc':@FM:'':@FM:'007'
* bubble sort using the > operator (numeric when both are numeric)
A = LIST ; N = DCOUNT(A, @FM)
LOOP
   SWAPPED = 0
   FOR I = 1 TO N - 1
      IF A<I> > A<I+1> THEN
         T = A<I> ; A<I> = A<I+1> ; A<I+1> = T
         SWAPPED = 1
      END
   NEXT I
UNTIL NOT(SWAPPED) REPEAT
PRINT 'Operator sort: ':CONVERT(@FM, ',', A)
* string comparison with COMPARE
B = LIST
FOR I = 2 TO N
   J = I
   LOOP WHILE J > 1 AND COMPARE(B<J-1>, B<J>) > 0 DO
      T = B<J> ; B<J> = B<J-1> ; B<J-1> = T
      J -= 1
   REPEAT
NEXT I
PRINT 'COMPARE sort: ':CONVERT(@FM, ',', B)
PRINT 'COMPARE R: ':COMPARE('10', '9', 'R'):' ':COMPARE('10', '9', 'L'):' ':COMPARE('abc', 'ABC'):' ':COMPARE('a', 'a')
* LOCATE-based sorts of the same data
FOR ORD = 1 TO 4
   SEQ.CODE = FIELD('AL,AR,DL,DR', ',', ORD)
   OUT = ''
   FOR I = 1 TO N
      V = LIST<I>
      LOCATE V IN OUT<1> BY SEQ.CODE SETTING P ELSE NULL
      OUT = INSERT(OUT, 1, P, 0, V)
   NEXT I
   PRINT SEQ.CODE:': ':CONVERT(@VM, ',', OUT)
NEXT ORD
* sort records by a key field, descending amount then name
RECS = 'smith':@VM:250:@FM:'jones':@VM:1000:@FM:'brown':@VM:250:@FM:'adams':@VM:75
IDX = ''
FOR I = 1 TO DCOUNT(RECS, @FM)
   KEY = FMT(1000000 - RECS<I,2>, 'R%8'):RECS<I,1>
   LOCATE KEY IN IDX<1> BY 'AL' SETTING P ELSE NULL
   IDX = INSERT(IDX, 1, P, 0, KEY)
NEXT I
FOR I = 1 TO DCOUNT(IDX<1>, @VM)
   K = IDX<1,I>
   PRINT FMT(K[9,99], 'L#8'):FMT(1000000 - K[1,8], 'R#6')
NEXT I
PRINT 'done'
END
