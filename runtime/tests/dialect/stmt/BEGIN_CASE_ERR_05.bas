* CASE with no condition, BEGIN without CASE
X = 1
BEGIN CASE
   CASE
      PRINT "x"
END CASE
BEGIN
PRINT "done"
END
