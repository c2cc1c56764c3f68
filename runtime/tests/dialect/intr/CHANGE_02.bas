* CHANGE with marks, longer replacement, overlapping matches and numbers
CRT CONVERT(@FM:@VM:@SM, "^]\", CHANGE("a":@FM:"b":@FM:"c", @FM, @VM:@VM))
CRT CHANGE("aaa", "a", "aa") : "|" : CHANGE("abab", "aba", "X") : "|" : CHANGE("xyz", "xyz", "")
CRT CHANGE(1.5, ".", ",") : "|" : CHANGE(100, 0, "") : "|" : CHANGE("a.b", ".", ".", 1)
CRT CHANGE("a-b-c-d", "-", "+", 2, 3) : "|" : CHANGE("a-b-c-d", "-", "+", 5, 1) : "|" : CHANGE("a-b", "-", "+", "", "")
CRT "done"
