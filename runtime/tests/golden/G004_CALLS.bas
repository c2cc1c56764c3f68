PROGRAM G004_CALLS
* CALL in a loop appending to a by-reference buffer, nested CALL chains,
* a FUNCTION changing a matrix element argument, CALL @var with no args
BUF = ""
FOR I = 1 TO 5
   CALL G.APPEND(BUF, I)
NEXT I
CRT "buffer: ":BUF
DIM M(2)
M(1) = 10 ; M(2) = 20
CALL G.APPEND(M(2), "!")
CRT "element by ref: ":M(1):" ":M(2)
DEFFUN G.TWICE(X)
CRT "function: ":G.TWICE(21):" ":G.TWICE("ab")
N = "G.HELLO"
CALL @N
CALL G.OUTER(R)
CRT "nested: ":R
CRT "done"
END
