* PAGE with a page number; a cursor move turns off the display's pagination, so PAGE only clears
HEADING "Report page 'P'"
PRINT "one"
X = @(0, 0)
PRINT "s5=":SYSTEM(5):" s6=":SYSTEM(6)
PAGE 7
PRINT "s5=":SYSTEM(5):" s6=":SYSTEM(6)
CRT @(-1):"cleared s6=":SYSTEM(6)
PRINT "done"
