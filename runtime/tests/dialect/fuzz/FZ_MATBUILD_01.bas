* difftest profile stmts (seeds 1000051 C5, 1000063 C9, 1000065 C27...): MATBUILD as op_matbuild:
* unassigned elements kept as empty ones, trailing empty strings dropped, element 0 appended,
* the start/end range, an element's own marks kept, USING "" joins with nothing
DIM A(3)
MAT A = "x"
DIM A(5)
MATBUILD R FROM A ; PRINT "1 ":CONVERT(@FM:@VM:@SM, "^]\", R):"|":ASSIGNED(A(4))
DIM B(2)
B(0) = "z" ; B(1) = "a" ; B(2) = "b"
MATBUILD R FROM B, 5 ; PRINT "2 ":CONVERT(@FM, "^", R)
MATBUILD R FROM B, 3 ; PRINT "3 ":CONVERT(@FM, "^", R)
MATBUILD R FROM B, 0 ; PRINT "4 ":CONVERT(@FM, "^", R)
MATBUILD R FROM B, -1 ; PRINT "5 ":CONVERT(@FM, "^", R)
MATBUILD R FROM B, 2, 1 ; PRINT "6 ":CONVERT(@FM, "^", R)
MATBUILD R FROM B, 0, 1 ; PRINT "7 ":CONVERT(@FM, "^", R)
DIM C(2)
C(1) = "a":@FM:"b" ; C(2) = "c"
MATBUILD R FROM C USING @SM ; PRINT "8 ":CONVERT(@FM:@VM:@SM, "^]\", R)
DIM D(3)
MATPARSE D FROM "a^b^c^d^e" USING "^" ; PRINT "9 ":D(1):D(2):D(3):"|":D(0):"|":INMAT()
MATBUILD R FROM D ; PRINT "10 ":CONVERT(@FM:@VM:@SM, "^]\", R)
MATPARSE D FROM "a":@FM:"b":@FM:"c":@FM:"d":@FM:"e" USING @FM ; PRINT "11 ":D(1):D(2):D(3):"|":CONVERT(@FM, "^", D(0)):"|":INMAT()
DIM E(2,2)
MAT E = "q"
E(1,1) = "a"
MATBUILD R FROM E ; PRINT "12 ":CONVERT(@FM:@VM:@SM, "^]\", R)
MATBUILD R FROM E USING "-" ; PRINT "13 ":CONVERT(@FM:@VM:@SM, "^]\", R)
MATPARSE E FROM "1,2,3,4,5", "," ; PRINT "14 ":E(1,1):E(1,2):E(2,1):E(2,2):"|":INMAT()
DIM E(3,1)
MATBUILD R FROM E ; PRINT "15 ":CONVERT(@FM:@VM:@SM, "^]\", R)
DIM F(2)
MAT F = ""
MATBUILD R FROM F ; PRINT "16 [":CONVERT(@FM, "^", R):"]"
F(1) = "a"
MATBUILD R FROM F ; PRINT "17 [":CONVERT(@FM, "^", R):"]"
MATPARSE F FROM "x,,", "," ; PRINT "18 ":F(1):"|":F(2):"|":INMAT()
MATPARSE F FROM "", "," ; PRINT "19 [":F(1):"|":F(2):"]":INMAT()
MATPARSE F FROM "a,b,c,d", "ab" ; PRINT "20 ":F(1):"|":F(2):"|":F(0):"|":INMAT()
PRINT "done"
