SUBROUTINE ST.COMVIEW(X)
* Shows its argument, which callers pass from COMMON
   COMMON /SETTINGS/ COMPANY, YEAR
   IF ASSIGNED(X) THEN PRINT "arg assigned: ":X ELSE PRINT "arg unassigned"
   PRINT "common sees: ":COMPANY:"/":YEAR
   X = X : "+sub"
RETURN
