* $MODE without a name and with an unknown name
$MODE
$MODE NO.SUCH.MODE
PRINT "done"
END
