FUNCTION ST.DEFAULT(V, D)
* V unless it is empty
   IF V = "" THEN RETURN D
   RETURN V
END
