* SUPPORT: VM.DYNALIAS
* X = REPLACE(X, ...) and INS in a subroutine whose two parameters are
* the same variable, or a parameter and a COMMON variable
COMMON /DYNAL/ C
A = "a":@FM:"b"
CALL VM.DYNALIAS(A, A)
CRT CONVERT(@FM:@VM, "^]", A)
C = "c1":@FM:"c2"
CALL VM.DYNALIAS(C, "q")
CRT CONVERT(@FM:@VM, "^]", C)
CRT "done"
END
