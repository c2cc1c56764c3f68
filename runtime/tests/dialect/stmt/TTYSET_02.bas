* TTYSET sets what TTYGET() reports; the output newline changes what PRINT ends lines with
T = TTYGET()
U = T
U<1> = 0 ; U<2> = "0.0" ; U<3> = 200 ; U<4> = "|" ; U<5> = "XY"
TTYSET U
V = TTYGET()
PRINT "a"
CRT "b"
TTYSET T
CONVERT @FM TO "^" IN V
PRINT V
* empty fields: break and inversion on ("" # 0), the rest unchanged
TTYSET U
TTYSET ""
W = TTYGET() ; CONVERT @FM TO "^" IN W
PRINT W
TTYSET T
* a newline longer than 10 characters, a break character of 0, a CR LF newline with text
TTYSET "1":@FM:"1":@FM:"0":@FM:"<1234567890>":@FM:""
PRINT "c"
TTYSET T
TTYSET "1":@FM:"1":@FM:"3":@FM:"!":CHAR(13):CHAR(10):@FM:CHAR(13)
PRINT "d"
PRINT "e"
TTYSET T
PRINT "done"
