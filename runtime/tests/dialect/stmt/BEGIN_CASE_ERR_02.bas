* A statement between BEGIN CASE and the first CASE
X = 1
BEGIN CASE
   PRINT "in between"
   CASE X = 1
      PRINT "one"
END CASE
PRINT "done"
END
