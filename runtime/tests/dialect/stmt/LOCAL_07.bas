* SUPPORT: ST.LOCALTWIN
* DEFFUN without LOCAL calls the catalogued function even when the program has a LOCAL FUNCTION of that name
DEFFUN ST.LOCALTWIN(A)
PRINT ST.LOCALTWIN(5)
PRINT "done"
STOP
LOCAL FUNCTION ST.LOCALTWIN(A)
   RETURN "local ":A
END
END
