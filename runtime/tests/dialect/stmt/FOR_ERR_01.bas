* A NEXT naming another loop's variable
FOR I = 1 TO 3
   FOR J = 1 TO 2
      PRINT I, J
   NEXT I
NEXT J
PRINT "done"
