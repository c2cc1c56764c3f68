* X = X : ... where the later parts read X too: every part sees X as it
* was before the assignment (found with the MVTLS library's tests).
A = "ab"
A = A:A:A:A
CRT A:" ":LEN(A)
B = "x"
B = B:"-":B
CRT B
C = "1"
C = C:"2":C:"3"
CRT C
D = "q"
D := D:D
CRT D
CRT "done"
END
