* A matrix reference with three subscripts, or none: ScarletDME reads at most two and
* then wants the right bracket (dimensioned or not, read or assigned)
DIM A(3)
X = A(1, 2, 3)
A(1, 2, 3) = 4
Y = A()
Z = Q(1, 2, 3)
PRINT X:Y:Z
END
