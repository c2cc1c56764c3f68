* Functions other MultiValue dialects have that ScarletDME's compiler does not know:
* GROUP, ADDS, SUBS, MULS and EREPLACE are taken for undimensioned matrices (reported
* at the end of the program), and CHANGE with five arguments is a syntax error.
X = 'a.b.c'
PRINT GROUP(X, '.', 2, 1)
PRINT ADDS(1:@VM:2, 3:@VM:4)
PRINT SUBS(5, 1)
PRINT MULS(2, 3)
PRINT EREPLACE(X, '.', '-')
PRINT CHANGE(X, '.', '-', 1, 2)
PRINT 'done'
