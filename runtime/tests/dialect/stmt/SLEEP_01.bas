* SLEEP with no argument, 0 and a fraction; the program carries on afterwards
SLEEP 0
PRINT "after 0"
SLEEP 0.1
PRINT "after 0.1"
T = TIME()
SLEEP 1
PRINT "slept: ":(TIME() - T < 3)
PRINT "done"
