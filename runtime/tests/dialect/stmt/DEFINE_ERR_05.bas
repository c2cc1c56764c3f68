* $IFDEF with no name, and $ELSE without $IFDEF
$IFDEF
PRINT "a"
$ENDIF
$ELSE
PRINT "done"
END
