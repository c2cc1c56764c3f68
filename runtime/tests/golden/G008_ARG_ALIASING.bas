PROGRAM G008_ARG_ALIASING
* A variable passed by reference and also used in a later argument
DEFFUN G.TWICE(X)
A = "x"
CALL G.APPEND(A, A:"y")
CRT "append own copy: ":A
N = 5
CALL G.APPEND(N, N + 1)
CRT "numeric: ":N
CRT "function nested: ":G.TWICE(G.TWICE(3))
B = "q"
CALL G.APPEND(B, B)
CRT "same var twice: ":B
CRT "done"
END
