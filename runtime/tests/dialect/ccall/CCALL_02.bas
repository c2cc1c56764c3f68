* Values pushed in one request stay pushed: every later call gets them all,
* from the first; a new request starts with none.
Z7 = STR(CHAR(0), 7)
Z8 = STR(CHAR(0), 8)
MEM = STR(CHAR(0), 64)
R = CCALL(MEM, CHAR(1):"libc.so.6":CHAR(0):CHAR(8):Z8:CHAR(0))
H = R[1, 8]
R = CCALL(R, CHAR(2):"toupper":CHAR(0):H:CHAR(8):CHAR(8):Z7:CHAR(0))
UP = R[9, 8]
* push "a", call; push "b", call: the second call still sees "a" first
PC = CHAR(3):"a":STR(CHAR(0), 7):CHAR(6):UP:CHAR(8):CHAR(16):Z7
PC := CHAR(3):"b":STR(CHAR(0), 7):CHAR(6):UP:CHAR(8):CHAR(24):Z7:CHAR(0)
R = CCALL(R, PC)
CRT "first call: ":R[17, 1]:" second call: ":R[25, 1]
* a call with nothing pushed in this request: toupper of whatever, but the
* earlier request's values are gone (toupper("c") in a fresh request)
PC = CHAR(3):"c":STR(CHAR(0), 7):CHAR(6):UP:CHAR(8):CHAR(32):Z7:CHAR(0)
R = CCALL(R, PC)
CRT "fresh request: ":R[33, 1]
* ops 5 and 9 do nothing; an unknown op ends the request
PC = CHAR(5):CHAR(9):CHAR(3):"d":STR(CHAR(0), 7):CHAR(6):UP:CHAR(8):CHAR(40):Z7:CHAR(200)
PC := CHAR(6):UP:CHAR(8):CHAR(48):Z7:CHAR(0)
R = CCALL(R, PC)
CRT "after no-ops: ":R[41, 1]:" after the end: ":SEQ(R[49, 1])
CRT "done"
END
