* SUPPORT: ST.AVG ST.DEFAULT
* FUNCTION items: RETURN with value, missing arguments, values returned through arguments
DEFFUN ST.AVG(LIST)
DEFFUN ST.DEFAULT(V, D)
PRINT "avg: ":ST.AVG(10:@FM:20:@FM:45)
PRINT "avg empty: [":ST.AVG(""):"]"
PRINT "default: ":ST.DEFAULT("", "n/a"):" ":ST.DEFAULT("x", "n/a")
PRINT "done"
