FUNCTION ST.BUMP(X)
* Increments its argument and returns the new value
   X += 1
   RETURN X
END
