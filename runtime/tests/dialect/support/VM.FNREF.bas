FUNCTION VM.FNREF(X)
* Doubles its argument and returns one more than that
   X = X * 2
   RETURN (X + 1)
END
