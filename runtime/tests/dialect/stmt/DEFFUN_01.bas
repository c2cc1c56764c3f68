* SUPPORT: ST.FULLNAME ST.CLAMP
* DEFFUN declares catalogued functions; arguments by reference
DEFFUN ST.FULLNAME(FIRST, LAST)
DEFFUN ST.CLAMP(V, LO, HI)
PRINT ST.FULLNAME("ada", "lovelace")
PRINT ST.CLAMP(15, 1, 10):" ":ST.CLAMP(-3, 1, 10):" ":ST.CLAMP(5, 1, 10)
N = ST.CLAMP("abc", 1, 10)
PRINT "non-numeric: ":N
PRINT "nested: ":ST.FULLNAME(ST.FULLNAME("a", "b"), "c")
PRINT "done"
