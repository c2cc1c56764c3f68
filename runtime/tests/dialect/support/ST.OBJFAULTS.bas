* Object faults, one per run: RUN BP ST.OBJFAULTS n
N = FIELD(@SENTENCE, " ", 4)
O = OBJECT("ST.FAULTY.CLS")
PRINT "fault ":N
BEGIN CASE
   CASE N = 1 ; PRINT O->MISSING
   CASE N = 2 ; O->MISSING = 1
   CASE N = 3 ; O->V = 2
   CASE N = 4 ; PRINT O->RUN
   CASE N = 5 ; O->RUN(1, 2)
   CASE N = 6 ; X = 5 ; PRINT X->V
   CASE N = 7 ; X = OBJECT("ST.ADDTAX")
   CASE N = 8 ; X = O->NOTHING
   CASE N = 9 ; O->ADOPT(5)
   CASE N = 10 ; PRINT O->W
   CASE N = 11 ; PRINT "[":O:"]"
   CASE N = 12 ; O->RUN
END CASE
PRINT "not reached"
END
