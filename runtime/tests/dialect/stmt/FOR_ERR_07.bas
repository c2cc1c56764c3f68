* NEXT with the loop variable misspelt, and two NEXTs for one FOR
FOR COUNTER = 1 TO 3
   PRINT COUNTER
NEXT COUNTR
FOR J = 1 TO 2
NEXT J
NEXT J
PRINT "done"
END
