PROGRAM G012_SEQ_APPEND
* OPENSEQ ... APPEND writes at the end; READSEQ over many lines; SEEK
* relative to the end (ScarletDME counts a positive offset back from the end);
* READBLK across the read buffer
EXECUTE "DELETE.FILE G012.DIR" CAPTURING JUNK
EXECUTE "CREATE.FILE G012.DIR DIRECTORY" CAPTURING JUNK
OPENSEQ "G012.DIR", "log" APPEND TO S ELSE NULL
WRITESEQ "one" TO S ELSE CRT "write failed"
CLOSESEQ S
OPENSEQ "G012.DIR", "log" APPEND TO S THEN CRT "append open: exists" ELSE CRT "append open: new"
WRITESEQ "two" TO S ELSE CRT "write failed"
CLOSESEQ S
OPEN "G012.DIR" TO F ELSE STOP
READ R FROM F, "log" ELSE R = ""
CRT "after append: ":CONVERT(@FM, ",", R)
OPENSEQ "G012.DIR", "big" TO S ELSE NULL
FOR I = 1 TO 20000
   WRITESEQ "line ":I TO S ELSE NULL
NEXT I
CLOSESEQ S
OPENSEQ "G012.DIR", "big" TO S ELSE CRT "missing"
N = 0 ; LAST = ""
LOOP
   READSEQ L FROM S ELSE EXIT
   N += 1 ; LAST = L
REPEAT
CRT "lines: ":N:" last: ":LAST
SEEK S, 11, 2 ELSE CRT "seek failed"
READBLK B FROM S, 100 ELSE B = ""
CRT "tail block: [":CONVERT(CHAR(10), "|", B):"]"
SEEK S, 0 ELSE NULL
READBLK B FROM S, 70000 ELSE B = ""
CRT "big block: ":LEN(B)
CLOSESEQ S
EXECUTE "DELETE.FILE G012.DIR" CAPTURING JUNK
CRT "done"
END
