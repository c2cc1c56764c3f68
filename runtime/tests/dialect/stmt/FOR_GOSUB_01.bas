* SUPPORT: ST.HALF ST.SHOWARG
* A FOR loop whose body GOSUBs to code written earlier in the program:
* that code (a function and a subroutine called with a matrix element as
* argument, a LOCATE) must not disturb the loop's STEP, even when the
* loop counts down and the subroutine removes entries from the list being walked.
DEFFUN ST.HALF(A)
DIM SLOTS(10)
MAT SLOTS = ""
GOTO MAIN
REMOVE.ONE:
   X = ST.HALF(SLOTS(I))
   CALL ST.SHOWARG(SLOTS(I))
   SLOTS(I) = ""
   LOCATE I IN ACTIVE<1> SETTING AP THEN DEL ACTIVE<AP>
   RETURN
MAIN:
ACTIVE = ""
FOR I = 1 TO 6
   ACTIVE<-1> = I
   SLOTS(I) = I * 10
NEXT I
FOR K = DCOUNT(ACTIVE, @FM) TO 1 STEP -1
   I = ACTIVE<K>
   IF MOD(I, 2) = 0 THEN GOSUB REMOVE.ONE
   CRT "K=":K:" I=":I
NEXT K
CRT "K after the loop: ":K
CRT "left: ":CONVERT(@FM, ",", ACTIVE)
FOR K = 1 TO 9 STEP 4
   I = K
   GOSUB REMOVE.ONE
   CRT "up K=":K
NEXT K
CRT "K after the loop: ":K
CRT "done"
END
