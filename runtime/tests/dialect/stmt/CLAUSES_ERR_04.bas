* Operands BCOMP checks: MATPARSE's delimiter, BREAK's and MARK.MAPPING's
* setting, SENDMAIL's seven operands (a missing comma: the operand is looked for
* on the next line)
DIM A(2)
MATPARSE A FROM "a,b"
BREAK
BREAK KEY
MARK.MAPPING F
SENDMAIL "a", "b", "c", "d", "e", "f"
PRINT "x"
END
