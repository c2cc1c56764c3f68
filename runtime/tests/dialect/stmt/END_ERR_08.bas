* END alone in a CASE body: CASE expected after it
X = 1
BEGIN CASE
   CASE X = 1
      END
END CASE
PRINT "done"
END
