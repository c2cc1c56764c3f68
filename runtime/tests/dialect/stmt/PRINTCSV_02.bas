* PRINTCSV: field marks become commas, only commas and quotes are quoted, trailing colon, ON printer 0
PRINTCSV "a":@FM:"b,c", "":@FM:"", 'x"'
PRINTCSV "line":CHAR(10):"break", "sp ace", -1.5, "v":@VM:"w"
PRINTCSV "one":
PRINTCSV "two"
PRINTCSV ON 0 "p"
X = 1
PRINTCSV X, X+1, ""
PRINTCSV ""
PRINT "done"
