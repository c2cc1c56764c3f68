* Long memory areas and requests (over 1000 bytes), every byte value in the
* area kept, dlopen of a missing library gives 0.
Z7 = STR(CHAR(0), 7)
Z8 = STR(CHAR(0), 8)
ALL = ""
FOR I = 0 TO 255
   ALL := CHAR(I)
NEXT I
MEM = Z8:STR(ALL, 20)
R = CCALL(MEM, CHAR(1):"libc.so.6":CHAR(0):CHAR(8):Z8:CHAR(0))
CRT "area kept: ":(R[9, 5120] = STR(ALL, 20)):" length ":LEN(R)
H = R[1, 8]
R = CCALL(R, CHAR(2):"abs":CHAR(0):H:CHAR(8):CHAR(0):Z7:CHAR(0))
ABS = R[1, 8]
* 100 calls of abs(7), each saved at the next offset: a 1900-byte request
PC = CHAR(3):CHAR(7):STR(CHAR(0), 7)
FOR K = 0 TO 99
   OFF = 8 + 8 * K
   PC := CHAR(6):ABS:CHAR(8):CHAR(MOD(OFF, 256)):CHAR(INT(OFF / 256)):STR(CHAR(0), 6)
NEXT K
PC := CHAR(0)
CRT "request length: ":LEN(PC)
BIG = STR(CHAR(255), 2000)
R = CCALL(BIG, PC)
OK = 1
FOR K = 0 TO 99
   IF R[9 + 8 * K, 8] # CHAR(7):Z7 THEN OK = 0
NEXT K
CRT "100 results: ":OK:" untouched after them: ":(R[809, 1192] = STR(CHAR(255), 1192))
R = CCALL(Z8, CHAR(1):"/nonexistent/libnothing.so":CHAR(0):CHAR(8):Z8:CHAR(0))
CRT "missing library: ":(R = Z8)
CRT "done"
END
