* SUPPORT: ST.STOPFN
* A bare STOP in a function called through DEFFUN ends the whole program
DEFFUN ST.STOPFN(X)
PRINT "calling"
Y = ST.STOPFN(1)
PRINT "caller carries on? ":Y
PRINT "done"
