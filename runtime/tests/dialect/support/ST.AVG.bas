FUNCTION ST.AVG(LIST)
* Average of the fields of LIST, "" when empty
   N = DCOUNT(LIST, @FM)
   IF N = 0 THEN RETURN ""
   T = 0
   FOR I = 1 TO N ; T += LIST<I> ; NEXT I
   RETURN T / N
END
