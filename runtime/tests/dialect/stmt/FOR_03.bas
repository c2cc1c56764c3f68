* Nested FOR loops over a dynamic array; NEXT without a variable name
R = "a":@VM:"b":@FM:"c":@FM:"d":@VM:"e":@VM:"f"
FOR F = 1 TO DCOUNT(R, @FM)
   FOR V = 1 TO DCOUNT(R<F>, @VM)
      PRINT F:".":V:"=":R<F,V>:" ":
   NEXT
NEXT
PRINT
FOR I = 1 TO 3 ; FOR J = 1 TO 2 ; PRINT I*J: ; NEXT J ; NEXT I
PRINT
PRINT "done"
