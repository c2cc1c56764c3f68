* MAT assignment: MAT A = value, MAT A = MAT B (copy, different shapes)
DIM A(4), B(2,2), C(3)
MAT A = "x"
PRINT A(1):A(4)
FOR I = 1 TO 4 ; A(I) = I * 11 ; NEXT I
MAT B = MAT A
PRINT "B: ":B(1,1):" ":B(1,2):" ":B(2,1):" ":B(2,2)
MAT C = MAT A
PRINT "C (shorter): ":C(1):" ":C(2):" ":C(3)
MAT C = ""
PRINT "cleared: [":C(1):C(2):C(3):"]"
PRINT "done"
