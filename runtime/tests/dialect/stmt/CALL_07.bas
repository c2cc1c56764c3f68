* SUPPORT: ST.BUMPARGS
* Arguments by reference: matrix elements, parenthesised and expression arguments
* (copies), fields and substrings (copies), one variable passed twice, COMMON
* variables, two-dimensional and computed elements.
DIM A(3)
A(1) = 1 ; A(2) = 'a'
CALL ST.BUMPARGS(A(1), A(2))
PRINT 'elements: ':A(1):' ':A(2)
X = 5 ; Y = 'y'
CALL ST.BUMPARGS((X), Y)
PRINT 'paren: ':X:' ':Y
CALL ST.BUMPARGS(X + 0, Y)
PRINT 'expr: ':X:' ':Y
R = 1:@FM:'f2'
CALL ST.BUMPARGS(R<1>, R<2>)
PRINT 'fields: ':CONVERT(@FM, '^', R)
S = '9bc'
CALL ST.BUMPARGS(S[1, 1], S)
PRINT 'substr: ':S
CALL ST.BUMPARGS(X, X)
PRINT 'same var twice: ':X
COMMON /C1/ CV
CV = 10
CALL ST.BUMPARGS(CV, Y)
PRINT 'common: ':CV
DIM M(2, 2)
M(2, 1) = 7 ; M(2, 2) = 'm'
CALL ST.BUMPARGS(M(2, 1), M(2, 2))
PRINT 'two-dim: ':M(2, 1):' ':M(2, 2)
I = 2 ; A(2) = 40 ; A(3) = 'c'
CALL ST.BUMPARGS(A(I), A(I + 1))
PRINT 'indexed: ':A(2):' ':A(3)
PRINT 'done'
