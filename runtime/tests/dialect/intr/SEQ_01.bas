* SEQ: code of the first character
CRT SEQ("A") : "|" : SEQ("abc") : "|" : SEQ(" ") : "|" : SEQ(@FM) : "|" : SEQ(CHAR(0)) : "|" : SEQ(CHAR(255))
CRT SEQ("") : "|" : SEQ(1) : "|" : SEQ(-1)
CRT "done"
