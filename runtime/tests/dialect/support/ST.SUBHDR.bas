SUB ST.SUBHDR(A, B)
* A subroutine whose header uses SUB
B = "got ":A
RETURN
END
