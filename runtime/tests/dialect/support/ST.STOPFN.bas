FUNCTION ST.STOPFN(X)
* A bare STOP in a function
   PRINT "function stops"
   STOP
   RETURN X + 1
END
