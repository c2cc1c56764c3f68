SUBROUTINE VM.BUMP(X)
* Adds 1 to its argument
   X = X + 1
   RETURN
END
