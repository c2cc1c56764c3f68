* BEGIN CASE with no END CASE
X = 2
BEGIN CASE
   CASE X = 1
      PRINT "one"
   CASE X = 2
      PRINT "two"
PRINT "done"
END
