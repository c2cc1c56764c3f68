* run-time line numbers: directives and included code
X = 0
LOOP X += 1 UNTIL X > 3 REPEAT
$DEFINE LINES.FLAG
IF X THEN
   Y = 1
END ELSE
   Y = 2
END
$INCLUDE ST.LINES.H
