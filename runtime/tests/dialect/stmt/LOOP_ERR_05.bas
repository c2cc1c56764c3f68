* Nested loops: inner LOOP with no REPEAT
FOR I = 1 TO 2
   LOOP
      I += 1
   WHILE I < 3 DO
NEXT I
PRINT "done"
END
