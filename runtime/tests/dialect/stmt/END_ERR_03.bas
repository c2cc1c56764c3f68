* END that closes no block is the final END even inside a FOR loop: the ELSE
* below is single-line (";" starts a statement), so the END after it ends the program,
* the FOR stays unterminated and the labels it calls are undefined
FOR I = 1 TO 3
   IF I = 2 THEN
      GOSUB SHOW.TWO
   END ELSE ; X = I
      GOSUB SHOW.OTHER
   END
   PRINT I
NEXT I
PRINT 'done'
STOP
SHOW.TWO: PRINT 'two' ; RETURN
SHOW.OTHER: PRINT 'other' ; RETURN
