* COMMIT takes no THEN or ELSE clause: an ELSE after it is misplaced
OPEN 'VOC' TO F ELSE STOP
BEGIN TRANSACTION
   OK = 1
   IF OK THEN
      COMMIT ELSE PRINT 'commit failed'
   END
END TRANSACTION
PRINT 'done'
END
