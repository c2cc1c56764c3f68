SUBROUTINE VM.TWICE(P, Q)
* Changes both arguments and shows what each sees
   P = P + 1
   Q = Q + 100
   PRINT "in: ":P:" ":Q
   RETURN
END
