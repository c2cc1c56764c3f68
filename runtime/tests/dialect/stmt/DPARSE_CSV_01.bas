* DPARSE.CSV handles quoted fields with commas and doubled quotes
LINE = 'Smith,"Acme, Inc.","He said ""hi""",,7'
DPARSE.CSV LINE, ",", A, B, C, D, E
PRINT "[":A:"] [":B:"] [":C:"] [":D:"] [":E:"]"
DPARSE.CSV "one;two;three", ";", X, Y
PRINT X:"+":Y
PRINT "done"
