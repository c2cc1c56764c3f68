PROGRAM G014_DIR_SYSTEM
* DIR() of a file (size, F, date, time of modification) and of a directory
* (ScarletDME's name VM mode per entry, plus size, date, time); SYSTEM()
* keys 7, 9, 12, 18, 25, 1005, 1020, 1031 checked by relations only
EXECUTE "DELETE.FILE G014.DIR" CAPTURING JUNK
EXECUTE "CREATE.FILE G014.DIR DIRECTORY" CAPTURING JUNK
OPENSEQ "G014.DIR", "b.txt" TO S ELSE NULL
WRITEBLK "hello" TO S ELSE CRT "write failed"
CLOSESEQ S
OPENSEQ "G014.DIR", "a.txt" TO S ELSE NULL
WRITEBLK "twelve bytes" TO S ELSE CRT "write failed"
CLOSESEQ S
NOW = DATE() * 86400 + TIME()
D = DIR("G014.DIR/b.txt")
CRT "file fields: ":DCOUNT(D, @FM):" size: ":D<1>:" mode: ":D<2>
MT = D<3> * 86400 + D<4>
CRT "mtime numeric: ":(NUM(D<3>) AND NUM(D<4>) AND D<4> >= 0 AND D<4> < 86400)
CRT "mtime within 5s of now: ":(ABS(NOW - MT) <= 5)
CRT "missing: [":DIR("G014.DIR/nope"):"]"
L = DIR("G014.DIR")
CRT "entries: ":DCOUNT(L, @FM)
FOR I = 1 TO DCOUNT(L, @FM)
   E = L<I>
   CRT E<1,1>:" ":E<1,2>:" ":E<1,3>:" ":(E<1,4> * 86400 + E<1,5> = MT OR E<1,1> # "b.txt")
NEXT I
* an account directory: BP is a directory entry
R = DIR(".")
FOUND = ""
FOR I = 1 TO DCOUNT(R, @FM)
   IF R<I,1> = "BP" THEN FOUND = R<I,2>
NEXT I
CRT "BP mode: ":FOUND
* touching a file changes its modification time
OPENSEQ "G014.DIR", "b.txt" APPEND TO S ELSE NULL
WRITEBLK "!" TO S ELSE NULL
CLOSESEQ S
D2 = DIR("G014.DIR/b.txt")
CRT "size after append: ":D2<1>:" mtime not earlier: ":(D2<3> * 86400 + D2<4> >= MT)
EXECUTE "DELETE.FILE G014.DIR" CAPTURING JUNK
*
CRT "system 7 = @TERM.TYPE: ":(SYSTEM(7) = @TERM.TYPE)
CRT "system 9 cpu ms >= 0: ":(SYSTEM(9) >= 0)
T1 = TIME() ; S12 = SYSTEM(12) ; T2 = TIME()
CRT "system 12 is TIME(): ":((S12 >= T1 AND S12 <= T2) OR T2 < T1)
CRT "system 18 = @USERNO: ":(SYSTEM(18) = @USERNO)
CRT "system 25 not a phantom: ":SYSTEM(25)
D1 = DATE() ; T1 = TIME() ; S1005 = SYSTEM(1005)
CRT "system 1005 = DATE()*86400+TIME(): ":(ABS(S1005 - (D1 * 86400 + T1)) <= 2)
MS = SYSTEM(1020)
CRT "system 1020 in a day: ":(MS >= 0 AND MS < 86400000 AND MS = INT(MS))
OPENSEQ "/proc/self/stat" TO P THEN
   READSEQ LINE FROM P ELSE LINE = ""
   CLOSESEQ P
   CRT "system 1031 is the pid: ":(SYSTEM(1031) = FIELD(LINE, " ", 1))
END ELSE
   CRT "system 1031: /proc/self/stat missing"
END
END
