* Where BCOMP reads an expression with no format (its `expr`), a name after it
* is not taken: PRINT ON, HEADING ON, INPUT's length, TIMEOUT, SET.EXIT.STATUS,
* VOID, DPARSE, SETPU's key, SELECTINDEX's index name, MATPARSE's source
F = "x" ; U = 0 ; G = "R#3"
PRINT ON U G
HEADING ON U G
INPUT V, 5 G
SET.EXIT.STATUS 1 G
VOID 1 G
DPARSE "a,b" G, ",", A, B
SETPU 1 G, 0, 5
SELECTINDEX "X" G FROM F
DIM M(3)
MATPARSE M FROM "a,b" G, ","
CREATE.FILE "P" G DIRECTORY
END
