* COMPARE(a, b [, justification])
CRT COMPARE("a", "b") : "|" : COMPARE("b", "a") : "|" : COMPARE("a", "a")
CRT COMPARE("10", "9") : "|" : COMPARE("10", "9", "R") : "|" : COMPARE("10", "9", "L")
CRT COMPARE("", "") : "|" : COMPARE("", "a") : "|" : COMPARE("a", "")
CRT COMPARE("abc", "ABC") : "|" : COMPARE("A10", "A9", "R") : "|" : COMPARE("-1", "1", "R")
CRT COMPARE(2, 10) : "|" : COMPARE(2, 10, "R") : "|" : COMPARE(" 2", "2", "R")
CRT COMPARE("a", "b", "X")
CRT COMPARE("1.5", "1.50", "R") : "|" : COMPARE("ab", "abc", "R")
CRT "done"
