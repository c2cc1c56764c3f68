* Misformed and duplicate $DEFINE
$DEFINE
$DEFINE TWICE 1
$DEFINE TWICE 2
PRINT "done"
END
