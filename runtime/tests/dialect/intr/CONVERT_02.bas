* CONVERT statement and function: repeated characters in FROM, marks, empty TO
S = "hello world"
CONVERT "lo" TO "01" IN S
CRT S
T = "aabbcc"
CONVERT "aba" TO "xyz" IN T
CRT T
CRT CONVERT("ab", "", "abcabc") : "|" : CONVERT(" ", "_", " a b ") : "|" : CONVERT("0123456789", "", "a1b2c3")
CRT CONVERT(@FM:@VM:@SM, "^]\", CONVERT(",", @VM, "1,2,3"))
CRT "done"
