* Catalogues itself under another name when compiled
$CATALOGUE ST.SELFCAT LOCAL
SUBROUTINE ST.CATSELF(X)
   PRINT "called with ":X
RETURN
