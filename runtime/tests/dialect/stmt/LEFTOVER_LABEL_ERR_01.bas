* Leftovers that are no label, or that a statement refuses
X = 1
X = 1 ; 28 PRINT "a"
X = "a" 29 "b"
X = 1 33 34 PRINT "d"
X = 1 0x10
X = 1 36 0x10
X = 1 32 ELSE PRINT "c"
GOSUB 40 7
LOCATE 1 IN X<1> SETTING P 23
PRINT "x"
40 RETURN
END
