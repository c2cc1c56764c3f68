* difftest class D1: at the matching > the next token decides. After a >
* that encloses more than one token, a number makes the whole a comparison
* chain; so do a string, a name( or an unreserved name where no format may
* follow (FOR's initial value); >= and >< always close an extraction
Z = 5
Y = "z"
W = "a":@FM:"b"
R = Z < 1 + 2 > 0 ; PRINT "A:[":R:"]"
R = 1 < 2 + 0 > 0 ; PRINT "B:[":R:"]"
R = Y < @FM > 5 ; PRINT "C:[":R:"]"
R = Y < -1 > 5 ; PRINT "D:[":R:"]"
R = W<1> < W<2> > 0 ; PRINT "E:[":R:"]"
R = Z < 1 + 2 > 1.5 ; PRINT "F:[":R:"]"
R = W < (1) > 5 ; PRINT "G:[":R:"]"
R = Z < 1 + 2 > 3 > 0 ; PRINT "H:[":R:"]"
IF Z < 1 + 5 > 0 THEN PRINT "I:T" ELSE PRINT "I:F"
* a token THEN, even a string "then", before the > means a comparison
R = W < "then" > "x" ; PRINT "J:[":R:"]"
* where a format may follow: extraction, then the format
R = W < 1 + 1 > "x" ; PRINT "K:[":R:"]"
R = W < 1 + 1 > Y ; PRINT "L:[":R:"]"
R = LEN(W < 1 + 1 > Y) ; PRINT "M:[":R:"]"
R = TRIM(W) < 1 + 1 > "x" ; PRINT "N:[":R:"]"
R = Z < 1 + 2 > TRIM(Y) ; PRINT "O:[":R:"]"
PRINT "P:":W < 1 + 1 > Y
* FOR's initial value takes no format
FOR I = Z < 1 + 1 > "x" TO 0 ; NEXT I ; PRINT "Q:":I
FOR I = Z < 1 + 1 > Y TO 0 ; NEXT I ; PRINT "R:":I
FOR I = Z < 1 + 1 > TRIM(Y) TO 0 ; NEXT I ; PRINT "S:":I
FOR I = Z < @FM > 1 TO 0 ; NEXT I ; PRINT "T:":I
* STEP is reserved in FOR's limit: Z<1 + 1> is the limit
FOR I = 1 TO Z < 1 + 1 > STEP 1 ; PRINT "c:":I ; NEXT I ; PRINT "c:":I
* >= and >< close the extraction
R = W < 1 >= "a" ; PRINT "U:[":R:"]"
R = W < 0 + 1 >= "a" ; PRINT "V:[":R:"]"
R = W<1><="a" ; PRINT "W:[":R:"]"
R = W<1><>"a" ; PRINT "X:[":R:"]"
R = W<1>< =2 ; PRINT "Y:[":R:"]"
R = W<1>>="a" ; PRINT "Z:[":R:"]"
R = W<Z < 6 > ; PRINT "a:[":R:"]"
W<1 + 1> = "q" ; PRINT "b:":W<2>
PRINT "done"
END
