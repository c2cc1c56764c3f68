* INPUT forms fed from DATA: length 0, negative length (data waiting?), HIDDEN, UPCASE, colon and underscore together
PROMPT ":"
DATA "abcdef", "Mixed Case", "secret", "xy", "tail"
INPUT A, 0
PRINT "A=":A
INPUT B UPCASE
PRINT "B=":B
INPUT C HIDDEN
PRINT "C=":C
INPUT D, 5_:
PRINT "|D=":D
INPUT E, 2.9
PRINT "E=":E
ECHO OFF
DATA "quiet"
INPUT F
PRINT "F=":F
ECHO ON
DATA "t1"
INPUT G FOR 10 THEN PRINT "then ":G ELSE PRINT "else ":G
PRINT "done"
