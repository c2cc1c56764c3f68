* difftest profile stmts (seeds 1000241 C24, 1000702 C25): FOR runs while <= the limit only for a
* positive step; STEP 0 (and any other step) runs while >= the limit, as a negative step does
R = ""
FOR I = 1 TO 2 STEP 0
R := I:","
IF LEN(R) > 8 THEN EXIT
NEXT I
PRINT "1 ":R:"/":I
R = ""
FOR I = 2 TO 2 STEP 0
R := I:","
IF LEN(R) > 8 THEN EXIT
NEXT I
PRINT "2 ":R:"/":I
R = ""
FOR I = "3" TO "2" STEP 0
I += 1
R := I:","
IF LEN(R) > 8 THEN EXIT
NEXT I
PRINT "3 ":R:"/":I
R = ""
FOR I = 3 TO 1 STEP 0.0
R := I:","
IF LEN(R) > 8 THEN EXIT
NEXT I
PRINT "4 ":R:"/":I
R = ""
FOR I = 1.5 TO 1 STEP 0
R := I:","
I -= 0.25
NEXT I
PRINT "6 ":R:"/":I
R = ""
FOR I = 4 TO 1 STEP ""
R := I:","
I -= 1
NEXT I
PRINT "7 ":R:"/":I
R = ""
FOR I = 1 TO 3 STEP 1
R := I:","
NEXT I
PRINT "8 ":R:"/":I
R = ""
FOR I = 3 TO 1 STEP -1
R := I:","
NEXT I
PRINT "9 ":R:"/":I
PRINT "done"

