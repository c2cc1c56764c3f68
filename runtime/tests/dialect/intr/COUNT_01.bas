* COUNT(string, substring): overlapping, empty, marks
CRT COUNT("banana", "a") : "|" : COUNT("banana", "an") : "|" : COUNT("aaaa", "aa")
CRT COUNT("", "a") : "|" : COUNT("abc", "") : "|" : COUNT("", "")
CRT COUNT("a":@FM:"b":@FM:"c", @FM) : "|" : COUNT(1001, 0) : "|" : COUNT("ABC", "b")
CRT COUNT("aaa", "aaaa")
CRT "done"
