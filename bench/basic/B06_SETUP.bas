PROGRAM B06_SETUP
* Set-up for B06_FILEREAD (not timed): creates the directory file B06.DATA
* with 500 records R1..R500 of 20 fields, and LINES.TXT of 20,000 lines.
FN = "B06.DATA"
EXECUTE "DELETE.FILE ":FN CAPTURING JUNK
EXECUTE "CREATE.FILE ":FN:" DIRECTORY" CAPTURING JUNK
OPEN FN TO F ELSE STOP "cannot open ":FN
FOR I = 1 TO 500
   REC = ""
   FOR J = 1 TO 20
      REC<J> = "rec":I:"-field":J:"-":STR("x", MOD(I * J, 50))
   NEXT J
   WRITE REC ON F, "R":I
NEXT I
OPENSEQ FN, "LINES.TXT" TO SQ ELSE NULL
FOR I = 1 TO 20000
   WRITESEQ "line ":I:" ":STR("ab", MOD(I, 40)) TO SQ ELSE STOP "writeseq failed"
NEXT I
CLOSESEQ SQ
CRT "setup done"
END
