* CHANGE(string, old, new [, occurrences [, start]])
S = "a.b.c.d.e"
CRT CHANGE(S, ".", "-")
CRT CHANGE(S, ".", "-", 2)
CRT CHANGE(S, ".", "-", 2, 2)
CRT CHANGE(S, ".", "-", -1, 3)
CRT CHANGE(S, ".", "-", 0)
CRT CHANGE(S, ".", "-", 1, 10)
CRT CHANGE(S, ".", "")
CRT "[" : CHANGE(S, "", "X") : "]"
CRT "[" : CHANGE("", "a", "b") : "]"
CRT CHANGE("aaaa", "aa", "b")
CRT CHANGE("abcabc", "ABC", "x")
CRT CONVERT(@FM:@VM:@SM, "^]\", CHANGE("1,2,3", ",", @VM))
CRT CHANGE(12321, 2, 9)
CRT CHANGE(S, ".", "-", 1, 0)
CRT CHANGE(S, ".", "-", 2, -1)
CRT "done"
