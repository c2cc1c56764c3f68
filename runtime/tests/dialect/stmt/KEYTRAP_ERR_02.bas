* KEYTRAP: a pair with no closing bracket
KEYTRAP (1, 2
PRINT "done"
