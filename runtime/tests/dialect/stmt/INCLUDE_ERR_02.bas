* $INCLUDE with a file name and a missing item, and $INSERT of a missing item
$INCLUDE BP NO.SUCH.ITEM
$INSERT ALSO.MISSING
PRINT "done"
END
