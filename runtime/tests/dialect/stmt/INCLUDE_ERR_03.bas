* SUPPORT: ST.CONSTS.H
* $INCLUDE with no name, with text after the item, and of a file that does not exist
$INCLUDE
$INCLUDE BP ST.CONSTS.H EXTRA
INCLUDE NO.SUCH.FILE ST.CONSTS.H
PRINT "done"
END
