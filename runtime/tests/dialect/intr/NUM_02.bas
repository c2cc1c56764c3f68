* NUM over each single ASCII printable character
S = ""
FOR I = 32 TO 126
   IF NUM(CHAR(I)) THEN S := CHAR(I)
NEXT I
CRT "[" : S : "]"
CRT NUM("1.") : NUM("1..") : NUM("+.5") : NUM("-0.0") : NUM(" ") : NUM(CHAR(0))
CRT "done"
