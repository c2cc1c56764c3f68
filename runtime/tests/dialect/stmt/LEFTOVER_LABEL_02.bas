* Leftover labels after other statements, and a label name with a colon
* SUPPORT: ST.LEFTNOP
X = "a" ; Y = 1
DIM M(2) 5
CALL ST.LEFTNOP 6
NULL A1: PRINT "after A1"
X<2> = "b" 7
X := "c" 8
CONVERT @FM TO "^" IN X
PRINT X 9
IF Y = 1 THEN GOSUB 100 ELSE NULL
IF Y < 3 THEN Y = Y + 1 ; GOTO A1
FOR I = 1 TO 2 11
NEXT I 12
PRINT "Y=":Y:" I=":I
PRINT "done"
STOP
100 PRINT "in 100" ; RETURN
