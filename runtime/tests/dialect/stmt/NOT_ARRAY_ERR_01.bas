* A name first used as X(i) with no DIM is a matrix to BCOMP: a later use
* without index is an error there, and the missing DIM is reported at the end
Y = X(2)
X = "abc"
PRINT Y : X
PRINT Z(1)
END
