SUBROUTINE VM.GAPWALK(A, FROM, N)
* walks A forward from field FROM, rewriting N fields in place
FOR I = FROM TO FROM + N - 1
   A<I> = "c":A<I>
NEXT I
RETURN
END
