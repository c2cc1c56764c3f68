* SUPPORT: ST.CHAINED
* CHAIN to another program: the sentence it sees, unnamed COMMON carried over
COMMON SHARED.A, SHARED.B
SHARED.A = "kept"
SHARED.B = 42
EXECUTE "BASIC BP ST.CHAINED" CAPTURING JUNK
PRINT "chaining"
CHAIN "RUN BP ST.CHAINED extra words"
PRINT "not reached"
