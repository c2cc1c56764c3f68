SUBROUTINE ST.BUMPARGS(X, Y)
* Adds one to both arguments and appends to Y (used to see what the caller gets back).
X = X + 1
Y := '+'
RETURN
END
