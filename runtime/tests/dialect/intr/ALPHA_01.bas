* ALPHA: true only for non-empty all-letter strings
CRT ALPHA("abc") : ALPHA("ABCxyz") : ALPHA("") : ALPHA("abc1") : ALPHA("a b")
CRT ALPHA(123) : ALPHA("-") : ALPHA("a.b") : ALPHA(CHAR(233)) : ALPHA("Z")
CRT ALPHA("a":@FM:"b") : ALPHA(" ")
X = "hello"
IF ALPHA(X) THEN CRT "yes" ELSE CRT "no"
CRT "done"
