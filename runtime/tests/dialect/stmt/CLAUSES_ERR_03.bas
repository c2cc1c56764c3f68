* FIND, FINDSTR and LOCATE need THEN or ELSE (BCOMP compiles them with IF's
* code): at the end of the line it looks for them on the next line
X = "A"
FIND "A" IN X SETTING I
PRINT I
FINDSTR "A" IN X SETTING I
PRINT I
LOCATE "A" IN X<1> SETTING I
PRINT I
LOCATE("A", X, 1; I)
PRINT I
LOCATE "A" IN X<1> SETTING I ; PRINT I
END
