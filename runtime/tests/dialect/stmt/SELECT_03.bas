* SELECT, SELECTV and SELECTN of values held in variables: strings, dynamic arrays, empty and
* mark-only strings, numbers (one item per field; READNEXT's id stops at a value mark), and of
* a file variable to each of the lists 0-10 (@SELECTED, READNEXT, READLIST)
EXECUTE "CREATE.FILE SLF" CAPTURING JUNK
OPEN "SLF" TO F ELSE STOP "no SLF"
WRITE "a" ON F, "K1"
WRITE "b" ON F, "K2"
FOR C = 1 TO 14
   BEGIN CASE
      CASE C = 1 ; V = "" ; NM = "empty"
      CASE C = 2 ; V = "abc" ; NM = "abc"
      CASE C = 3 ; V = "a":@FM:"b" ; NM = "a^b"
      CASE C = 4 ; V = @FM ; NM = "fm"
      CASE C = 5 ; V = @FM:@FM ; NM = "fmfm"
      CASE C = 6 ; V = "a":@FM ; NM = "a^"
      CASE C = 7 ; V = @FM:"a" ; NM = "^a"
      CASE C = 8 ; V = "a":@VM:"b" ; NM = "a]b"
      CASE C = 9 ; V = 42 ; NM = "42"
      CASE C = 10 ; V = 0 ; NM = "0"
      CASE C = 11 ; V = @VM ; NM = "vm"
      CASE C = 12 ; V = "a":@FM:"":@FM:"b" ; NM = "a^^b"
      CASE C = 13 ; V = 1.5 ; NM = "1.5"
      CASE C = 14 ; V = " " ; NM = "space"
   END CASE
   FOR K = 1 TO 3
      BEGIN CASE
         CASE K = 1 ; SELECT V TO 3
         CASE K = 2 ; SELECTV V TO LV
         CASE K = 3 ; SELECTN V TO 4
      END CASE
      GOT = "" ; N = 0
      LOOP
         BEGIN CASE
            CASE K = 1 ; READNEXT ID FROM 3 ELSE EXIT
            CASE K = 2 ; READNEXT ID FROM LV ELSE EXIT
            CASE K = 3 ; READNEXT ID FROM 4 ELSE EXIT
         END CASE
         N += 1
         GOT := "<":CONVERT(@VM:@SM, "]\", ID):">"
         IF N > 5 THEN EXIT
      REPEAT
      PRINT NM:" k":K:" sel=":@SELECTED:" n=":N:" ":GOT
   NEXT K
NEXT C
* a file to each list, then a value list over it
FOR L = 0 TO 10
   SELECT F TO L
   S1 = @SELECTED
   N = 0
   LOOP
      READNEXT ID FROM L ELSE EXIT
      N += 1
   REPEAT
   V = ""
   SELECT V TO L
   S2 = @SELECTED
   READNEXT ID FROM L THEN X = ID ELSE X = "else"
   SELECT "x":@FM:"y" TO L
   S3 = @SELECTED
   READLIST R FROM L THEN R = CONVERT(@FM, ",", R) ELSE R = "else"
   PRINT L:": ":S1:" ":N:" ":S2:" ":X:" ":S3:" ":R
NEXT L
SELECTV F TO LV
N = 0
LOOP
   READNEXT ID FROM LV ELSE EXIT
   N += 1
REPEAT
PRINT "selectv file ":N:" ":@SELECTED
PRINT "done"
