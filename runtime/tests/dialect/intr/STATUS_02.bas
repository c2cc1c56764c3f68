* STATUS() is not reset by ordinary intrinsics, only by those that set it
X = ICONV("bad", "D")
CRT STATUS()
Y = LEN("abc") ; Z = UPCASE("q") ; W = 1 + 2
CRT STATUS()
X = OCONV(1, "D")
CRT STATUS()
X = ICONV("bad", "D")
X = FIELD("a,b", ",", 2)
CRT STATUS()
CRT "done"
