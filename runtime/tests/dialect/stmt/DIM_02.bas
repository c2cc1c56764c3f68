* Redimensioning keeps existing elements; zero element collects overflow in MATPARSE
DIM L(3)
L(1) = "a" ; L(2) = "b" ; L(3) = "c"
DIM L(5)
PRINT "after grow: ":L(1):L(2):L(3):" new assigned? ":ASSIGNED(L(5))
DIM L(2)
PRINT "after shrink: ":L(1):L(2):" inmat=":INMAT(L)
DIM W(2)
MATPARSE W FROM "x,y,z,w", ","
PRINT "W(1)=":W(1):" W(2)=":W(2):" W(0)=":W(0)
PRINT "done"
