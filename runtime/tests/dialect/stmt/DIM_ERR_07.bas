* Matrices that no DIM declares are reported at the end of the program in name order
X = ZZ(1)
Y = AA(1)
Z = MM(2, 1)
PRINT X:Y:Z
PRINT "done"
END
