* A FUNCTION whose RETURN has no value is allowed; a duplicate argument name is not
FUNCTION F.DUP(A, A)
RETURN 1
END
