* ELSE with no IF before it
X = 1
ELSE PRINT "no"
PRINT "done"
END
