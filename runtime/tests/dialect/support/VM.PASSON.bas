SUBROUTINE VM.PASSON(Y)
* Passes its argument on to VM.BUMP, then multiplies it by 10
   CALL VM.BUMP(Y)
   Y = Y * 10
   RETURN
END
