* A program that runs into a LOCAL routine's definition stops there; a LOCAL FUNCTION reaching its END stops the program too
DEFFUN ADD1(A) LOCAL
PRINT "add1 ":ADD1(1)
GOSUB NOTE
LOCAL SUBROUTINE NOTE
   PRINT "noted"
   RETURN
END
PRINT "fell through the definition?"
PRINT "done"
LOCAL FUNCTION ADD1(A)
   RETURN A + 1
END
END
