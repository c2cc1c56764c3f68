* COMPARE with right justification on mixed text and numbers, lower-case mode letters
CRT COMPARE("abc10", "abc9", "R") : "|" : COMPARE("abc10", "abc9", "L") : "|" : COMPARE("10", "9", "r") : "|" : COMPARE("10", "9", "l")
CRT COMPARE("1.5", "10", "R") : "|" : COMPARE("-5", "-10", "R") : "|" : COMPARE("", "0", "R") : "|" : COMPARE(" a", "a", "R")
CRT "done"
