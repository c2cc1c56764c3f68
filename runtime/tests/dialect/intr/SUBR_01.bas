* SUPPORT: IN.TWICE
* SUBR(name, args...) calls a catalogued function-style subroutine
CRT SUBR("IN.TWICE", 21)
CRT SUBR("IN.TWICE", "ab")
N = "IN.TWICE"
CRT SUBR(N, 1.5)
CRT "done"
