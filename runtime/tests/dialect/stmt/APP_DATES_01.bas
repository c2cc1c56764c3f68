* Date arithmetic on fixed dates: days between, day of week, month ends, adding months by loop
D1 = ICONV("01/31/2024", "D")
D2 = ICONV("03/01/2024", "D")
PRINT "days between: ":D2 - D1
PRINT "weekday of D1: ":OCONV(D1, "DWA")
FOR M = 1 TO 12
   NEXT.MONTH = ICONV(M + 1:"/01/2024", "D")
   IF M = 12 THEN NEXT.MONTH = ICONV("01/01/2025", "D")
   LAST.DAY = NEXT.MONTH - 1
   PRINT OCONV(LAST.DAY, "D2/"):" ":
NEXT M
PRINT
DUE = D1 + 30
PRINT "due: ":OCONV(DUE, "D4-")
IF DUE > D2 THEN PRINT "due after D2" ELSE PRINT "due before D2"
PRINT "done"
