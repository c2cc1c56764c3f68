* Names used as matrices but never dimensioned are reported at the end in name order
X = ZED(1)
Y = MID(3)
Z = BETA(2, 1)
PRINT X:Y:Z
END
