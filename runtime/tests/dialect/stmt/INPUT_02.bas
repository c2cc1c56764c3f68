* INPUT var, length : truncation; INPUT ... : (no newline); INPUT with _ ; STATUS
DATA "1234567", "yes", "abc"
INPUT A, 3
PRINT "A=":A
INPUT B:
PRINT "|B=":B
INPUT C, 2_
PRINT "C=":C
PRINT "done"
