* CCALL(mem, pcode): the first argument is the memory area, the second the
* request; dlopen/dlsym results, int results saved as 8 bytes, errno.
Z7 = STR(CHAR(0), 7)
Z8 = STR(CHAR(0), 8)
HEX = "MX0C"
MEM = STR(CHAR(0), 64)
PC = CHAR(1):"libc.so.6":CHAR(0):CHAR(8):Z8:CHAR(0)
R = CCALL(MEM, PC)
CRT "length kept: ":LEN(R)
H = R[1, 8]
CRT "library loaded: ":(H # Z8)
* the other order: the request (all NUL) ends at once, the area comes back
R2 = CCALL(PC, MEM)
CRT "reversed gives the first argument back: ":(R2 = PC)
PC = CHAR(2):"abs":CHAR(0):H:CHAR(8):CHAR(8):Z7
PC := CHAR(2):"toupper":CHAR(0):H:CHAR(8):CHAR(16):Z7
PC := CHAR(2):"close":CHAR(0):H:CHAR(8):CHAR(24):Z7
PC := CHAR(2):"no_such_function_xyz":CHAR(0):H:CHAR(8):CHAR(32):Z7:CHAR(0)
R = CCALL(R, PC)
ABS = R[9, 8]
UP = R[17, 8]
CLOSE.F = R[25, 8]
CRT "symbols found: ":(ABS # Z8):(UP # Z8):(CLOSE.F # Z8)
CRT "missing symbol is 0: ":(R[33, 8] = Z8)
* abs(-5): 4-byte value, 4 bytes skipped; result saved with op 8
PC = CHAR(3):CHAR(251):CHAR(255):CHAR(255):CHAR(255):"WXYZ":CHAR(6):ABS:CHAR(8):CHAR(40):Z7:CHAR(0)
R = CCALL(R, PC)
CRT "abs(-5) low bytes: ":OCONV(R[41, 4], HEX)
* toupper(97) saved with op 7
PC = CHAR(3):"a":STR(CHAR(0), 7):CHAR(6):UP:CHAR(7):CHAR(48):Z7:CHAR(0)
R = CCALL(R, PC)
CRT "toupper: ":R[49, 1]:" ":OCONV(R[50, 3], HEX)
* close(-1) fails with EBADF: op 10 saves errno
PC = CHAR(3):STR(CHAR(255), 4):Z8[1, 4]:CHAR(6):CLOSE.F:CHAR(8):CHAR(0):Z7:CHAR(10):CHAR(56):Z7:CHAR(0)
R = CCALL(R, PC)
CRT "close(-1): ":OCONV(R[1, 4], HEX):" errno ":SEQ(R[57, 1]):" ":OCONV(R[58, 7], HEX)
CRT "done"
END
