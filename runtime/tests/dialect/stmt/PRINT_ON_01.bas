* PRINT ON, HEADING ON, PAGE ON: the unit is an expression without format juxtaposition
* (the string after it is the first print item); units 1 to 255 print to $HOLD records P<n>
U = 3
PRINT ON 2 'two'
PRINT ON U 'three'
PRINT ON U + 1 'four'
PRINT ON 5 'L#3'
HEADING ON 6 'head'
PAGE ON 7 '3'
PRINTER CLOSE
OPEN '$HOLD' TO H ELSE STOP
FOR I = 2 TO 7
  READ R FROM H, 'P':I THEN PRINT I:' [':CHANGE(R, @FM, '|'):']' ELSE PRINT I:' none'
NEXT I
PRINT 'done'
