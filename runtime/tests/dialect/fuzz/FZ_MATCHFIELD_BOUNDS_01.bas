* difftest profile stmts, class S13: ScarletDME's MATCHFIELD remembers a
* component's start and end from every attempt, failed ones and earlier
* value-mark alternatives included: a component that the matching attempt
* did not reach keeps what an earlier one recorded, and an end before the
* start means "to the end of the string"
VM = @VM
PRINT "C1:" : MATCHFIELD("9", "''5-9X1A" : VM : "1N", 1) : "|" : MATCHFIELD("9", "1A1A" : VM : "1N", 1) : "|"
PRINT "C2:" : MATCHFIELD("ab", "1A1N1N" : VM : "2A", 2) : "|" : MATCHFIELD("ab", "2A1N" : VM : "0X", 1) : "|"
PRINT "C3:" : MATCHFIELD("x12", "1A0N" : VM : "1X2N", 3) : "|" : MATCHFIELD("a.b.c", "0X'.'0X", 2) : "|"
PRINT "C4:" : MATCHFIELD("595 5.", "3-70000'4X" : VM : "~'a'0N0A" : VM : "1N0X", 2) : "|"
PRINT "C5:" : MATCHFIELD("12ab", "0N1A" : VM : "0N0A", 1) : "|" : MATCHFIELD("12ab", "0N1A" : VM : "0N0A", 2) : "|"
PRINT "C6:" : MATCHFIELD("abc", "0X1A", 1) : "|" : MATCHFIELD("abc", "...1A", 2) : "|" : MATCHFIELD("abc", "0A0N", 2) : "|"
* a "~" at the end of an alternative compares the end of the template and
* goes on into the next alternative's text
PRINT "C7:" : ("ab1" MATCHES "1A~" : VM : "1N") : ("ab" MATCHES "1A~" : VM : "1N") : ("a" MATCHES "1A~" : VM : "0X") : ("ab1" MATCHES "~" : VM : "1N")
PRINT "C8:" : MATCHFIELD("ab1", "1A~" : VM : "1N", 3) : "|" : ("x" MATCHES "1A" : VM) : ("" MATCHES "1A" : VM) : ("x" MATCHES "" : VM : "1A")
* letters and digits are ASCII only; a number is matched as its text
PRINT "C9:" : (CHAR(233) MATCHES "1A") : (CHAR(233) MATCHES "~1A") : (CHAR(233):"1" MATCHES "1X1N") : (123 MATCHES "3N") : ((1/3) MATCHES "1N'.'4N")
PRINT "done"
END
