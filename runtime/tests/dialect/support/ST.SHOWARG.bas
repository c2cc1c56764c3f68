SUBROUTINE ST.SHOWARG(A)
* prints its argument
CRT "  slot holds ":A
RETURN
END
