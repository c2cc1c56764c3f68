* difftest profile stmts, class S13: MATCHES and MATCHFIELD with ranges
* n-mA / n-mN / n-mX, mixtures and value-mark alternatives. n-mA and n-mN
* take n, then as many more (up to m-n) as the rest allows; n-mX followed
* by more template tries only the m-n positions after its first n
* characters; at the end of a template n-mX needs at most m-n more.
* Pairs marked "u" are not run: there ScarletDME's n-mX tries go past the
* end of the subject and read leftover heap bytes (the seeds' own cases,
* gen.UNDEFINED matches_range_x); U(I) marks them.
DIM P(28), U(28)
P(1) = "1-3X1X" ; U(1) = ".u...........u..."
P(2) = "2-2X0X" ; U(2) = "................."
P(3) = "0-9X1X" ; U(3) = "u................"
P(4) = "1-3A1N" ; U(4) = "................."
P(5) = "1-3N0N" ; U(5) = "................."
P(6) = "0-2A0A1N" ; U(6) = "................."
P(7) = "2-4N'-'1-2A" ; U(7) = "................."
P(8) = "1-2" ; U(8) = "................."
P(9) = "1-2B" ; U(9) = "................."
P(10) = "3-1N" ; U(10) = "................."
P(11) = "1-N" ; U(11) = "................."
P(12) = "0-0X" ; U(12) = "................."
P(13) = "1-5X" ; U(13) = "................."
P(14) = "0-5X" ; U(14) = "................."
P(15) = "2A1-2N" ; U(15) = "................."
P(16) = "4N2X":@VM:"2A1-2N" ; U(16) = "................."
P(17) = "1-3x1n" ; U(17) = ".u...........u..."
P(18) = "~1-3A0X" ; U(18) = "................."
P(19) = "1-3X'.'0X" ; U(19) = ".u...........u..."
P(20) = "0-3N'.'0-2N" ; U(20) = "................."
P(21) = "1-2N1-2N1-2N" ; U(21) = "................."
P(22) = "1-9A":@VM:"1-9N":@VM:"1-9X" ; U(22) = "................."
P(23) = "0X1-2N" ; U(23) = "................."
P(24) = "...2-3A" ; U(24) = "................."
P(25) = "1-3X3X" ; U(25) = ".u...........u..."
P(26) = "2-5X2N" ; U(26) = "..uu.uuu...u....u"
P(27) = "0-1A0-1N0-1X" ; U(27) = "................."
P(28) = "3-70000'4X" ; U(28) = "................."
N = 28
S = "" : @VM : "a" : @VM : "ab" : @VM : "abc" : @VM : "abcd" : @VM : "12" : @VM : "a1" : @VM : "ab1" : @VM : "12-ab"
S := @VM : "123.45" : @VM : "1-2xyz" : @VM : "1-2" : @VM : "1-2Bq" : @VM : "-" : @VM : "ab12" : @VM : "12345" : @VM : "x.y"
NS = DCOUNT(S, @VM)
FOR I = 1 TO N
   L = I : ":"
   FOR J = 1 TO NS
      IF U(I)[J, 1] = "u" THEN L := "u" ELSE L := (S<1, J> MATCHES P(I))
   NEXT J
   PRINT L
NEXT I
* MATCHFIELD of the range elements
PRINT "F1:" : MATCHFIELD("abc12", "1-3A1-3N", 1) : "|" : MATCHFIELD("abc12", "1-3A1-3N", 2)
PRINT "F2:" : MATCHFIELD("abcd", "1-5X1X", 1) : "|" : MATCHFIELD("abcde", "1-3X2X", 2)
PRINT "F3:" : MATCHFIELD("12.5", "0-3N'.'0-2N", 3) : "|" : MATCHFIELD("12.5", "0-3N'.'0-2N", 1)
PRINT "F4:" : MATCHFIELD("ab", "1-3A", 1) : "|" : MATCHFIELD("ab", "0-9X1X", 2)
PRINT "done"
END
