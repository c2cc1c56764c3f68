* PAGE with no heading set: what a display with no terminal shows
PRINT "before page"
PAGE
PRINT "after page"
PRINT "done"
