* A missing comma in DPARSE, SET.ARG, SETPU or SETNLS: BCOMP reports it and
* reads on where the error left it, at the end of the line (each later operand
* is the next line: an error, that line skipped)
DPARSE "a,b" "x", ",", A, B
PRINT A
DPARSE "a,b", "," "x", A, B
PRINT A
SET.ARG 1 "x", 2
PRINT 1
SETPU 1 "x", 0, 5
PRINT 1
PRINT 2
SETPU 1, 0 "x", 5
PRINT 1
SETNLS 1 "x", 5
SETPU 1, 0, 5 "x"
END
