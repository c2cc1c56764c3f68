* EBCDIC converts ASCII to EBCDIC
X = EBCDIC("AB09 az")
S = ""
FOR I = 1 TO LEN(X)
   S := SEQ(X[I,1]) : " "
NEXT I
CRT S
CRT LEN(EBCDIC("")) : "|" : SEQ(EBCDIC("~")) : "|" : SEQ(EBCDIC(CHAR(200)))
CRT "done"
