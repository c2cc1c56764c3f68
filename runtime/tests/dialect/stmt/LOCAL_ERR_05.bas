* A LOCAL FUNCTION called after its definition, with no DEFFUN ... LOCAL: its name is still an undimensioned matrix
N = 4
GOSUB SHOW(N)
PRINT "done"
STOP
LOCAL FUNCTION FACT(K)
   IF K <= 1 THEN RETURN 1
   RETURN K * FACT(K - 1)
END
LOCAL SUBROUTINE SHOW(K)
   PRINT "fact ":FACT(K):" twice ":TWICE(K)
   RETURN
END
LOCAL FUNCTION TWICE(K)
   RETURN 2 * K
END
END
