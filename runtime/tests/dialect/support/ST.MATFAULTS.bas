* Matrix property faults, one per run: RUN BP ST.MATFAULTS n
N = FIELD(@SENTENCE, " ", 4)
O = OBJECT("ST.GRID.CLS", "f")
PRINT "fault ":N
BEGIN CASE
   CASE N = 1 ; PRINT O->TOTALS
   CASE N = 2 ; PRINT O->TOTALS(4)
   CASE N = 3 ; O->CELLS(1, 1) = "x"
   CASE N = 4 ; O->TOTALS(1, 2) = 1
   CASE N = 5 ; PRINT O->CELLS(2)
   CASE N = 6 ; PRINT O->CELLS(1, 2)
   CASE N = 7 ; PRINT O->HIST(1)
   CASE N = 8 ; O->TOTALS(-1) = 5
END CASE
PRINT "not reached"
END
