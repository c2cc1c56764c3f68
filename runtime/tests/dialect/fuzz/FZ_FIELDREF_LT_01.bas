* difftest class D1 (seeds 2212 C1, 14529 C15, 15136 C9, 15494 C25, 15910 C22):
* ScarletDME decides whether a < after an operand opens an extraction by
* scanning for its closing > first (< one level up; >, >= and >< one down);
* the indices are then full expressions, so A < X<1><1> is A<(X<1> < 1)>
X = "b"
Y = "z"
R = ("z" < X<1><1>) ; PRINT "A:[":R:"]"
R = "z" < X<1><1> ; PRINT "B:[":R:"]"
R = (Y < X<1><1>) ; PRINT "C:[":R:"]"
PRINT "D:[":(Y < X<1><1>):"]"
R = ("z" < "a"<1,1><1>) ; PRINT "E:[":R:"]"
R = ("1,234.56" < 'say "hi"'<7, 4><1>) ; PRINT "F:[":R:"]"
R = "z" < 'say "hi"'<7, 4><1> ; PRINT "G:[":R:"]"
R = (2:@FM:-0.5:@VM:0.001:@SM:-1 < "1.50"<9, 9><2>)
CONVERT @FM:@VM:@SM TO '^]\' IN R ; PRINT "H:[":R:"]"
R = (-2 < 99.995<2, 1><0>) ; PRINT "I:[":R:"]"
R = (-99.995 < "Mixed Case 123"<1, 1, 3><7, 1>) ; PRINT "J:[":R:"]"
R = (-0.0001 < "The quick brown fox":@SM:"trail ":@TM:"a b c d":@SM:"007":@VM:" lead"<3><1>)
PRINT "K:[":R:"]"
R = "z" < X<1>:X<1><1> ; PRINT "L:[":R:"]"
IF "z" < X<1><1> = "" THEN PRINT "M:extraction" ELSE PRINT "M:comparison"
* still comparisons: no matching > on the line, or AND/OR/& or a ) first
R = ("z" < X<1>) ; PRINT "N:[":R:"]"
Z = 5
W = "a":@FM:"b"
R = Z < Z<1,1> ; PRINT "O:[":R:"]"
R = W<1> < W<2> ; PRINT "P:[":R:"]"
R = Z < 6 AND 7 > 2 ; PRINT "Q:[":R:"]"
R = Z < 6 OR 7 > 2 ; PRINT "R:[":R:"]"
R = Z < 6 & 7 > 2 ; PRINT "S:[":R:"]"
R = Z < (6 > 2) ; PRINT "T:[":R:"]"
R = (Z < 6) > 2 ; PRINT "U:[":R:"]"
R = W<2><"c" ; PRINT "V:[":R:"]"
PRINT "W:":(Z < 5):" ":(Y > 3)
PRINT Z < 5, Y > 3
PRINT "done"
END
