FUNCTION ST.LOCALTWIN(X)
* A catalogued function with the name of a program's LOCAL FUNCTION
   RETURN "catalogued ":X
END
