* INPUTCSV reads one line and splits it like DPARSE.CSV
DATA 'red,"green, light",blue'
INPUTCSV A, B, C
PRINT "[":A:"][":B:"][":C:"]"
PRINT "done"
