* A ";" that only introduces a comment is no statement separator: THEN ;* note and
* END ELSE ;* note open blocks, as THEN and END ELSE alone do; THEN ; stmt stays one line
X = 1
IF X THEN ;* block follows
   PRINT 'then block'
END ELSE ; * another note
   PRINT 'else block'
END ;* end of the IF
IF X = 2 THEN ; PRINT 'never'
PRINT 'after one-line THEN ;'
LOOP ;* loop note
   X += 1
WHILE X < 4 DO ;! bang note
   PRINT 'x=':X
REPEAT ; REM remark
BEGIN CASE ;* case note
   CASE X = 4 ;* four
      PRINT 'four'
END CASE
OPEN '', 'NO.SUCH.FILE' TO F THEN ;* opened
   PRINT 'opened?'
END ELSE ;* not there
   PRINT 'no file'
END
PRINT 'done'
END
