* KEYTRAP: a pair with no comma
KEYTRAP (1)
PRINT "done"
