* CHAR: codes, out of range, strings, marks
CRT CHAR(65) : CHAR(97) : CHAR(48)
CRT LEN(CHAR(0)) : "|" : SEQ(CHAR(0)) : "|" : SEQ(CHAR(255)) : "|" : SEQ(CHAR(254))
CRT (CHAR(254) = @FM) : (CHAR(253) = @VM) : (CHAR(252) = @SM) : (CHAR(251) = @TM)
CRT LEN(CHAR(256)) : "|" : SEQ(CHAR(256)) : "|" : LEN(CHAR(-1)) : "|" : SEQ(CHAR(321))
CRT CHAR("66") : CHAR(65.7) : "|" : SEQ(CHAR(""))
CRT "done"
