* A GOSUB from inside FOR loops runs code compiled after the loops; its
* temporaries (function results, substring stores) must not disturb the
* loops' step values. SOCKET.ERROR() is an extension function whose result
* goes through a temporary.
TOTAL = 0
FOR I = 1 TO 3 STEP 1
   FOR J = 10 TO 6 STEP -2
      GOSUB WORK
   NEXT J
NEXT I
CRT "total ":TOTAL:" i ":I:" j ":J
STOP
WORK:
   X = "abcdef"
   X[2,2] = "ZZ"
   Y = FIELD("a,b,c", ",", 2)
   Z = OCONV(0, "D4-")
   E = SOCKET.ERROR()
   TOTAL += LEN(X) + LEN(Y) + LEN(Z) + LEN(E) + J
   RETURN
END
