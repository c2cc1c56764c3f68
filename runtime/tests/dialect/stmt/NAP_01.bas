* NAP milliseconds and SLEEP seconds return after the delay
T0 = TIME()
NAP 100
SLEEP 1
T1 = TIME()
PRINT "waited at least a second: ":(T1 - T0 >= 1 OR T1 < T0)
NAP 0
SLEEP 0
PRINT "done"
