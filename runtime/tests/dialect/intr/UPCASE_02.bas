* UPCASE/DOWNCASE/SWAPCASE with all ASCII letters and bytes above 127
A = "abcdefghijklmnopqrstuvwxyz"
CRT UPCASE(A) : "|" : DOWNCASE(UPCASE(A)) = A : "|" : SWAPCASE(SWAPCASE(A)) = A
X = CHAR(224):CHAR(255):CHAR(192)
CRT SEQ(UPCASE(X)[1,1]) : "|" : SEQ(DOWNCASE(X)[3,1]) : "|" : SEQ(SWAPCASE(X)[2,1])
CRT "done"
