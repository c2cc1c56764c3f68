* Variables and matrices in COMMON (blank and named) start as 0; a local
* DIM's elements are unassigned.
COMMON A, B(3)
COMMON /CCNAMED/ C, D(2, 2)
DIM E(2)
CRT "A=":A:" B(2)=":B(2):" ":ASSIGNED(B(3))
CRT "C=":C:" D(2,1)=":D(2, 1):" ":ASSIGNED(D(1, 2))
CRT "local: ":ASSIGNED(E(1))
B(1) = "x"
CRT "B(1)=":B(1)
CRT "done"
END
