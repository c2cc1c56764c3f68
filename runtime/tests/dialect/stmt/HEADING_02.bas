* HEADING options: width W, centre C, gap G, 'S', quotes, several lines; SYSTEM(5) and SYSTEM(6)
HEADING "'C'Title'W40''L'Left'G'Right'L'Page 'S' of ''x'''"
PRINT "s5=":SYSTEM(5):" s6=":SYSTEM(6)
PRINT "second line s6=":SYSTEM(6)
HEADING NO.EJECT "Second 'P3'"
PRINT "after no.eject s6=":SYSTEM(6)
HEADING "Third 'P'"
PRINT "after third s6=":SYSTEM(6)
PRINT "done"
