* SUBROUTINE after executable statements
X = 1
SUBROUTINE LATE(A)
RETURN
END
