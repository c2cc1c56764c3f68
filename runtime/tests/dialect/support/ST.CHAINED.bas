* Target of CHAIN tests: shows the command line and common it was given
COMMON SHARED.A, SHARED.B
PRINT "chained: sentence=":@SENTENCE
PRINT "common: ":SHARED.A:",":SHARED.B
PRINT "done"
