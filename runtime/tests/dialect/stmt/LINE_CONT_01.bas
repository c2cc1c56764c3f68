* SUPPORT: ST.COUNTARGS
* A statement continues on the next line after a trailing comma
CALL ST.COUNTARGS("a",
   "b",
   "c")
X = FIELD("p,q,r",
          ",",
          2)
PRINT "field: ":X
DIM M(2,
      3)
PRINT "dim ok: ":INMAT(M)
PRINT "one",
      "two"
L = "x":@FM:"y"
LOCATE "y" IN L<1> SETTING P THEN PRINT "located ":P
PRINT "done"
