* HUSH ON suppresses terminal output; HUSH OFF restores it; SETTING old state
PRINT "visible 1"
HUSH ON
PRINT "hidden"
HUSH OFF
PRINT "visible 2"
HUSH ON SETTING OLD
HUSH OFF
PRINT "previous state: ":OLD
PRINT "done"
