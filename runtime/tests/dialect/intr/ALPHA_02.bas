* ALPHA over each ASCII printable character: which count as letters
S = ""
FOR I = 32 TO 126
   IF ALPHA(CHAR(I)) THEN S := CHAR(I)
NEXT I
CRT S
CRT ALPHA(CHAR(0)) : ALPHA(CHAR(255)) : ALPHA("A1") : ALPHA("1A")
CRT "done"
