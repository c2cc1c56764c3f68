* READNEXT used like a function in a WHILE condition (UniVerse style) does not compile
SELECT "A":@FM:"B"
LOOP WHILE READNEXT(ID) DO
   PRINT ID
REPEAT
PRINT "done"
