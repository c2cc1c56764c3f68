* difftest profile stmts, class S13: the counts of a MATCHES template are
* 16-bit in ScarletDME (C int16_t): 65536X is 0X, 65537N is 1N, 40000X
* needs 40000 characters, and a range whose upper bound passes 32767 wraps
* negative, so it never matches; MATCHFIELD's component number is 16-bit
* too (65537 is 1, 65536 is below 1, so 1)
PRINT "C1:" : ("abc" MATCHES "65536X") : ("" MATCHES "65536A") : ("abc" MATCHES "65537N") : ("7" MATCHES "65537N")
PRINT "C2:" : ("abc" MATCHES "40000X") : ("abc" MATCHES "0-40000X") : ("abc" MATCHES "0-32767X") : ("abc" MATCHES "0-32768X")
PRINT "C3:" : ("123" MATCHES "1-99999N") : ("123" MATCHES "1-32767N") : ("ab" MATCHES "0-70000A") : ("ab" MATCHES "2-70000A")
PRINT "C4:" : ("1BQ-" MATCHES "65536X65536A") : ("12" MATCHES "65536N1N") : ("x1" MATCHES "65537A65536N")
PRINT "C5:" : MATCHFIELD("0", "0N0N", 65537) : "|" : MATCHFIELD(".Baz", "0X2A", 65537) : "|" : MATCHFIELD("ab1", "1A1A1N", 65536) : "|" : MATCHFIELD("ab1", "1A1A1N", 65538)
PRINT "C6:" : MATCHFIELD("ab1", "1A1A1N", -1) : "|" : MATCHFIELD("ab1", "1A1A1N", 0) : "|" : MATCHFIELD("ab1", "1A1A1N", 3) : "|" : MATCHFIELD("ab1", "1A1A1N", 4) : "|"
PRINT "C7:" : MATCHFIELD("abc", "1A1A1A", 2.7) : MATCHFIELD("abc", "1A1A1A", "2") : MATCHFIELD("abc", "1A1A1A", -1.5)
PRINT "done"
END
