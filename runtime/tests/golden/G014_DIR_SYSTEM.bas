PROGRAM G014_DIR_SYSTEM
* DIR() as real ScarletDME answers it (name VM F/D per directory entry, ""
* for a regular file); SYSTEM()
* keys 7, 9, 12, 18, 25, 1005, 1020, 1031 checked by relations only
EXECUTE "DELETE.FILE G014.DIR" CAPTURING JUNK
EXECUTE "CREATE.FILE G014.DIR DIRECTORY" CAPTURING JUNK
OPENSEQ "G014.DIR", "b.txt" TO S ELSE NULL
WRITEBLK "hello" TO S ELSE CRT "write failed"
CLOSESEQ S
OPENSEQ "G014.DIR", "a.txt" TO S ELSE NULL
WRITEBLK "twelve bytes" TO S ELSE CRT "write failed"
CLOSESEQ S
* DIR() of a regular file or a missing path is ""; of a directory, one field
* per entry: name VM F (file) or D (directory), in the directory's own
* order (sorted here, so the output does not depend on the file system)
CRT "regular file: [":DIR("G014.DIR/b.txt"):"]"
CRT "missing: [":DIR("G014.DIR/nope"):"]"
L = DIR("G014.DIR")
CRT "entries: ":DCOUNT(L, @FM)
NAMES = "" ; GOOD = 1
FOR I = 1 TO DCOUNT(L, @FM)
   LOCATE L<I,1> IN NAMES<1> BY "AL" SETTING P ELSE NAMES = INSERT(NAMES, 1, P; L<I,1>)
   IF L<I,2> # "F" OR DCOUNT(L<I>, @VM) # 2 THEN GOOD = 0
NEXT I
CRT "names: ":CHANGE(NAMES, @VM, ",")
CRT "each is name VM F: ":GOOD
* an account directory: BP is a directory entry
R = DIR(".")
FOUND = ""
FOR I = 1 TO DCOUNT(R, @FM)
   IF R<I,1> = "BP" THEN FOUND = R<I,2>
NEXT I
CRT "BP mode: ":FOUND
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
