* REMARK is a comment like * and !; after a semicolon too
REMARK this line is ignored: PRINT "no"
PRINT "one" ; REMARK trailing remark
! another comment
PRINT "two" ; * star comment
PRINT "done"
