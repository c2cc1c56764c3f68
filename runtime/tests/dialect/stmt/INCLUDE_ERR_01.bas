* $INCLUDE of an item that does not exist
$INCLUDE NO.SUCH.ITEM
PRINT "done"
END
