* a FOR whose header has an error stays open: its NEXT on the same line is
* skipped with the rest of the line, so the FOR is unterminated
X = ""
FOR X<1> = 1 TO 2 ; NEXT X
PRINT "done"
END
