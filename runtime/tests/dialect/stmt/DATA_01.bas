* DATA feeds INPUT in order; numbers and expressions; several DATA statements queue up
DATA 10, 20
DATA "three" : "!", 2 * 2
INPUT A
INPUT B
INPUT C
INPUT D
PRINT "sum ":A + B:", text ":C:", expr ":D
PRINT "queue empty: ":(SYSTEM(10) = 0)
PRINT "done"
