PROGRAM G009_LOCAL_ROUTINES
* LOCAL SUBROUTINE / LOCAL FUNCTION: arguments by reference, PRIVATE
* variables fresh on every call, program variables shared, recursion.
* ScarletDME calls a LOCAL FUNCTION only through DEFFUN ... LOCAL, and a
* LOCAL routine that reaches its END stops the program.
DEFFUN SQUARE(N) LOCAL
DEFFUN FACT(N) LOCAL
TOTAL = 0
GOSUB ADD.TO(5)
GOSUB ADD.TO(7)
CRT "shared total: ":TOTAL
X = "a"
GOSUB DOUBLE.IT(X)
CRT "by reference: ":X
CRT "function: ":SQUARE(9):" ":SQUARE(SQUARE(2))
CRT "recursive: ":FACT(10)
SEEN = ""
GOSUB COUNT.CALLS
GOSUB COUNT.CALLS
CRT "private each call: ":SEEN
N = 3
CRT "param shadows program var: ":SQUARE(4):" N still ":N
CRT "done"
STOP

LOCAL SUBROUTINE ADD.TO(N)
   TOTAL += N
   RETURN
END

LOCAL SUBROUTINE DOUBLE.IT(S)
   S := S
   RETURN
END

LOCAL FUNCTION SQUARE(N)
   RETURN N * N
END

LOCAL FUNCTION FACT(N)
   IF N <= 1 THEN RETURN 1
   RETURN N * FACT(N - 1)
END

LOCAL SUBROUTINE COUNT.CALLS
   PRIVATE P
   IF UNASSIGNED(P) THEN SEEN := "u" ELSE SEEN := "a"
   P = 1
   RETURN
END
END
