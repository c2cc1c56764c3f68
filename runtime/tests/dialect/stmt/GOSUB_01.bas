* GOSUB / RETURN, nested GOSUBs, labels as numbers and names with colons
TOTAL = 0
GOSUB ADD.ONE
GOSUB ADD.ONE
GOSUB 100
PRINT "total: ":TOTAL
GOSUB OUTER
PRINT "done"
STOP
ADD.ONE:
   TOTAL += 1
   RETURN
100 TOTAL = TOTAL * 10
   RETURN
OUTER:
   PRINT "outer start"
   GOSUB INNER
   PRINT "outer end"
RETURN
INNER: PRINT "inner"
RETURN
