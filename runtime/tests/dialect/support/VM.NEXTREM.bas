SUBROUTINE VM.NEXTREM(S)
* Takes the next element of S with REMOVE
   REMOVE Y FROM S SETTING M
   PRINT "routine: ":Y:" ":M
   RETURN
END
