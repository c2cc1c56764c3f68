* INPUTCSV: fewer parts than targets, quoted commas and doubled quotes, an empty line
DATA 'one', '"a ""q"" b",,c', ''
INPUTCSV A, B
PRINT "1 [":A:"][":B:"] ":STATUS()
INPUTCSV A, B, C
PRINT "2 [":A:"][":B:"][":C:"]"
INPUTCSV A
PRINT "3 [":A:"] ":STATUS()
PRINT "done"
