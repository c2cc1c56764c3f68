SUBROUTINE IN.RUNCODE(CODE)
* Write CODE (one source line per field) to BP as program IN.TMPCODE and
* run it through IN.RUNERR, which prints its stable outcome.
   OPEN "BP" TO BPF ELSE STOP "IN.RUNCODE: cannot open BP"
   WRITE CODE TO BPF, "IN.TMPCODE"
   CALL IN.RUNERR("IN.TMPCODE")
RETURN
END
