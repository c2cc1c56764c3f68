* RETURN from a program's main level ends it (like STOP); RETURN TO
GOSUB ONE
PRINT "back in main"
RETURN
PRINT "not reached"
ONE:
   PRINT "in ONE"
RETURN
