* Where BCOMP reads an expression with no format (its `expr`), a string after
* it is not taken: the ON unit of PRINT, HEADING, FOOTING, PAGE and PRINTER
* CLOSE, INPUT's length and timeout, TIMEOUT, SET.EXIT.STATUS, SET.ARG, VOID
F = "x" ; U = 0
HEADING ON U "x" "y"
FOOTING ON U "x" "y"
PAGE ON U "x" 3
PRINTER CLOSE ON U "x"
INPUT V, 5 "x"
INPUT V FOR 5 "x" ELSE NULL
TIMEOUT F, 5 "x"
SET.EXIT.STATUS 1 "x"
SET.ARG 1 "x", 2
VOID 1 "x"
END
