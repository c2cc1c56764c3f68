* KEYEXIT (action, key), ...: bindings for INPUT @ exits; with no terminal accepted, no effect on STATUS()
X = ICONV("bad", "D")
PRINT "status before ":STATUS()
KEYEXIT (1, 27)
PRINT "one binding, status ":STATUS()
KEYEXIT (2, 5), (3, 200), (4, 160 + 65)
PRINT "three bindings"
K = 9 ; A = 7
KEYEXIT (A, K)
KEYEXIT (A + 1, K * 2)
PRINT "expressions"
KEYEXIT (-1, 27)
PRINT "removed"
KEYEXIT (5, 0), (6, 160)
PRINT "key 0 and empty key"
KEYEXIT (5, -3)
PRINT "negative key"
PRINT "status after ":STATUS()
PRINT "done"
