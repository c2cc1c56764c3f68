* DATA with an empty string and a value containing commas, read with INPUT and INPUT x,len
DATA "", "a,b,c", "ABCDEFGHIJ"
INPUT E
PRINT "empty: [":E:"]"
INPUT F
PRINT "commas: [":F:"]"
INPUT G, 4
PRINT "truncated: [":G:"]"
PRINT "done"
