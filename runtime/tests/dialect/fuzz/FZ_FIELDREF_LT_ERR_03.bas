* difftest class D1: a statement NAME < ... is a field assignment; when the
* scan reads its < as a less-than, or a second extraction or another
* operator follows the first, ScarletDME rejects it (DEL and INS too)
W = "a":@FM:"b"
Z = 5
W<Z < 6> = "q"
W<1><2> = 5
W<1> < 5
W<1 + 1> 5 = "q"
DEL W<Z < 6>
INS "x" BEFORE W<Z < 6>
PRINT "done"
END
