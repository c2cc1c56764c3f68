* KEYTRAP (action, key), ...: bindings for INPUT @ traps; with no terminal accepted, no effect on STATUS()
X = ICONV("bad", "D")
PRINT "status before ":STATUS()
KEYTRAP (1, 27)
PRINT "one binding, status ":STATUS()
KEYTRAP (2, 5), (3, 200), (4, 160 + 65)
PRINT "three bindings"
K = 9 ; A = 7
KEYTRAP (A, K)
KEYTRAP (A + 1, K * 2)
PRINT "expressions"
KEYTRAP (-1, 27)
PRINT "removed"
KEYTRAP (5, 0), (6, 160)
PRINT "key 0 and empty key"
KEYTRAP (5, -3)
PRINT "negative key"
PRINT "status after ":STATUS()
PRINT "done"
