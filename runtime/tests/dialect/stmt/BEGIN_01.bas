* BEGIN CASE: a comment after a semicolon on its line; no CASE true; CASE 1 as the default;
* the first true CASE only; an empty CASE body; nested; a string condition
FOR X = 0 TO 3
   BEGIN CASE ; * which one
      CASE X = 1 ; PRINT X:": one"
      CASE X = 2
      CASE X >= 2
         PRINT X:": two or more"
         BEGIN CASE
            CASE X = 3 ; PRINT "  three"
         END CASE
   END CASE
NEXT X
S = "abc"
BEGIN CASE
   CASE S[1, 1] = "b" ; PRINT "b"
   CASE S ; PRINT "non-empty"
   CASE 1 ; PRINT "default"
END CASE
BEGIN CASE
   CASE "" ; PRINT "never"
   CASE "0" ; PRINT "never"
   CASE 1 ; PRINT "default"
END CASE
PRINT "done"
