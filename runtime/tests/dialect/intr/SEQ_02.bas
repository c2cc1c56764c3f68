* SEQ and CHAR round trip for every byte value
OK = 1
FOR I = 0 TO 255
   IF SEQ(CHAR(I)) # I THEN OK = 0 ; CRT "mismatch " : I
NEXT I
CRT "round trip ok=" : OK
CRT SEQ("é") : "|" : LEN("é")
CRT "done"
