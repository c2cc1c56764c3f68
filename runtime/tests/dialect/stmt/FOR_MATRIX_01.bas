* a matrix element as the FOR control variable; its NEXT may repeat the
* subscript (ScarletDME ignores what follows the name); the element ends at the
* last value taken, not one step past it
DIM A(3)
FOR A(1) = 1 TO 2
   PRINT "a1=":A(1)
NEXT A(1)
PRINT "after ":A(1)
I = 2
FOR A(I) = 1 TO 5 STEP 2 ; PRINT "a2=":A(I) ; NEXT A
PRINT "after ":A(2)
PRINT "done"
END
