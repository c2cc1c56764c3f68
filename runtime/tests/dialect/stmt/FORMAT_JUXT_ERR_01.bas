* Where BCOMP reads an expression with no format (its `expr`), a string after
* it is left over: FOR's start, limit and step, ECHO, PAUSE, SELECT's file,
* READSEQ's file, WEOFSEQ, the dynamic array of LOCATE(...)
S = "abcdef" ; F = ""
ECHO 1 "x"
PAUSE 1 "x"
SELECT F "x"
READSEQ L FROM F "x" ELSE NULL
WEOFSEQ F "x"
LOCATE("a", S "x"; P) THEN NULL
LOCATE "a" IN S<1 "x"> SETTING P THEN NULL
FOR I = 1 "R#5" TO 3
NEXT I
FOR I = 1 TO 3 "R#5"
NEXT I
FOR I = 1 TO 3 STEP 1 "R#5"
NEXT I
END
