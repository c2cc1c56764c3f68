* CONVERT statement: character mapping, deletion when TO is shorter, marks
S = "Hello, World"
CONVERT "lo" TO "01" IN S
PRINT S
S = "a-b-c_d"
CONVERT "-_" TO " " IN S
PRINT "[":S:"]"
S = "abcabc"
CONVERT "abc" TO "" IN S
PRINT "[":S:"]"
R = "x":@FM:"y":@VM:"z"
CONVERT @FM:@VM TO ",;" IN R
PRINT R
S = "aaa"
CONVERT "aa" TO "bc" IN S
PRINT "repeated from-char: ":S
N = 12345
CONVERT "135" TO "xyz" IN N
PRINT N
PRINT "done"
