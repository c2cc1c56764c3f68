* difftest profile stmts (seeds 1000283 C24, 1000313 C11, 1000374 C26, 1000892 C22): T (text)
* justification with a width after decimals, sign codes, currency, commas, fill characters and
* masks. Pieces of the width are cut at the last blank that fits (the blank is dropped), padded
* with the fill character and joined by text marks (shown as ~). Where the text is longer than
* the width and a cut falls on its final blank, ScarletDME's result ends with a byte of an
* uninitialised buffer (undefined: FMT(5, "1T0M") is "5b", FMT(2.6458, "8T4$C") ends with a
* NUL); this program only formats texts that do not end with a blank or fit their width.
DIM V(12)
V(1) = 2.6458 ; V(2) = -2.6458 ; V(3) = 0 ; V(4) = -0.25 ; V(5) = 1234567.891 ; V(6) = "a bc def ghij"
V(7) = "The quick brown fox" ; V(8) = -5 ; V(9) = "abcdefghijklmnop" ; V(10) = "x  y" ; V(11) = 99999999 ; V(12) = "1 2 3 4 5 6 7"
F = "8T4$" : @FM : "8T4$C" : @FM : "1*T0" : @FM : "1*T0M" : @FM : "3T4E" : @FM : "7T *(# %* x" : @FM : "5.T3N" : @FM : "10T2,"
F := @FM : "4T" : @FM : "6_T" : @FM : "5'x'T" : @FM : "3T##-##" : @FM : "9T%%%%%%" : @FM : "2T**" : @FM : "12T2,$M" : @FM : "6*T1Z"
F := @FM : "1T" : @FM : "8T10BZ" : @FM : "4T#(#)#" : @FM : "11T2D" : @FM : "5T0C" : @FM : "7T x-#" : @FM : "3T2" : @FM : "20T"
NF = DCOUNT(F, @FM)
FOR J = 1 TO NF
   C = F<J>
   W = MATCHFIELD(C, "0N0X", 1)
   T = C[LEN(W) + 1, 99]
   L = ""
   FOR I = 1 TO 12
      X = V(I)
      P = FMT(X, T)
      IF LEN(P) > W AND P[LEN(P), 1] = " " THEN
         L := " ."
      END ELSE
         R = FMT(X, C)
         CONVERT @TM TO "~" IN R
         L := " [":R:"]"
      END
   NEXT I
   PRINT J:" ":C:L
NEXT J
* FMTS on each element, and PRINT with the same formats
X = "ab cd":@VM:"efghij":@FM:"k l m n"
R = FMTS(X, "3T") ; CONVERT @FM:@VM:@TM TO "^]~" IN R ; PRINT "S1 [":R:"]|":STATUS()
R = FMTS(X, "4*T") ; CONVERT @FM:@VM:@TM TO "^]~" IN R ; PRINT "S2 [":R:"]|":STATUS()
R = FMTS(1.5:@VM:-2, "3T2") ; CONVERT @FM:@VM:@TM TO "^]~" IN R ; PRINT "S3 [":R:"]|":STATUS()
PRINT "P1 [":"a bc def" "3T":"][":-0.25 "2T2M":"][":1234.5 "4*T1,":"]"
PRINT "done"
