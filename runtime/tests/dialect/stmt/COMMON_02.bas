* COMMON with a matrix and unassigned members
COMMON TOTALS(3), LABEL, SPARE
LABEL = "Q1"
FOR I = 1 TO 3 ; TOTALS(I) = I * 100 ; NEXT I
PRINT LABEL:": ":TOTALS(1):" ":TOTALS(2):" ":TOTALS(3)
PRINT "spare assigned? ":ASSIGNED(SPARE)
PRINT "done"
