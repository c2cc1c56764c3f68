* DEFFUN must end its line: a semicolon and another statement after it, and
* LOCAL together with CALLING, are "Misformed DEFFUN"
DEFFUN FIRST(X) ; Y = 1
DEFFUN SECOND(X) CALLING "SECOND" LOCAL
PRINT "done"
END
