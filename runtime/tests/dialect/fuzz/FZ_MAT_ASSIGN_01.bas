* difftest profile stmts: MAT = sets element 0 to "", MAT A = MAT B copies element 0 and leaves
* the target's extra elements alone; MATPARSE with "" (every character) and several delimiters
DIM A(2)
MAT A = "x"
MATBUILD R FROM A ; PRINT "1 ":CONVERT(@FM, "^", R):"|":ASSIGNED(A(0))
DIM B(2)
PRINT "2 ":ASSIGNED(B(0)):ASSIGNED(B(1))
MATBUILD R FROM B ; PRINT "3 [":CONVERT(@FM, "^", R):"]"
B(0) = "z"
DIM B(3)
PRINT "4 ":ASSIGNED(B(0)):" ":B(0)
DIM C(2,2)
MAT C = "q"
PRINT "5 ":ASSIGNED(C(0,0))
MATBUILD R FROM C ; PRINT "6 ":CONVERT(@FM, "^", R)
C(0,0) = "w"
MATBUILD R FROM C ; PRINT "7 ":CONVERT(@FM, "^", R)
DIM D(3)
D(1) = 0 ; D(2) = "" ; D(3) = ""
MATBUILD R FROM D ; PRINT "8 [":CONVERT(@FM, "^", R):"]"
MAT D = 5
MATBUILD R FROM D USING "" ; PRINT "9 [":R:"]"
DIM E(3)
MAT E = ""
MATPARSE E FROM "a,b", ","
PRINT "10 ":ASSIGNED(E(0)):INMAT()
MATPARSE E FROM "", ","
PRINT "11 ":ASSIGNED(E(0)):INMAT()
MATPARSE E FROM "abc", ""
PRINT "12 ":E(1):E(2):E(3):"|":E(0):"|":INMAT()
MATPARSE E FROM "a,,b,,", ",;"
PRINT "13 ":E(1):"|":E(2):"|":E(3):"|":E(0):"|":INMAT()
DIM AA(2)
MAT AA = "x"
PRINT "1 [":AA(0):"]"
DIM BB(2)
MAT BB = 7
BB(0) = "y"
MAT BB = "k"
PRINT "2 [":BB(0):"]"
DIM CC(2)
DIM DD(2)
MAT CC = "c"
CC(0) = "z"
MAT DD = MAT CC
PRINT "3 [":DD(0):"]":DD(1)
DIM EE(3)
MAT EE = MAT CC
PRINT "4 [":EE(0):"]":EE(1):EE(2):ASSIGNED(EE(3))
PRINT "done"
