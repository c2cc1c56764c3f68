* $ENDIF without $IFDEF
PRINT "a"
$ENDIF
PRINT "done"
END
