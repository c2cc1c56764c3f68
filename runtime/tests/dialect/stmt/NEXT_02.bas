* NEXT ignores the rest of its statement after the variable name, up to a
* semicolon or the end of the line
FOR J = 1 TO 2
  PRINT "j=":J
NEXT J another word or two
FOR K = 1 TO 2 ; NEXT K(1) ; PRINT "k=":K
PRINT "done"
END
