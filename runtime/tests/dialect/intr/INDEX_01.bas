* INDEX(string, substring, occurrence)
S = "abcabcabc"
CRT INDEX(S, "b", 1) : "|" : INDEX(S, "b", 2) : "|" : INDEX(S, "b", 3) : "|" : INDEX(S, "b", 4)
CRT INDEX(S, "bc", 2) : "|" : INDEX(S, "x", 1) : "|" : INDEX(S, "", 1) : "|" : INDEX("", "a", 1)
CRT INDEX(S, "b", 0) : "|" : INDEX(S, "b", -1) : "|" : INDEX("aaaa", "aa", 2) : "|" : INDEX("aaaa", "aa", 3)
CRT INDEX(S, "B", 1) : "|" : INDEX(12321, 2, 2) : "|" : INDEX("", "", 1)
CRT "done"
