* PRINTER ON: SYSTEM(1), SYSTEM(5), SYSTEM(6) follow the printer; CRT stays on the display; PRINTER RESET
PRINT "a"
PRINT "b"
PRINTER ON
CRT "on: s1=":SYSTEM(1):" s5=":SYSTEM(5):" s6=":SYSTEM(6)
PRINT "p1"
PRINT "p2":
PRINT "p3"
CRT "after: s6=":SYSTEM(6)
PRINT ON -1 "unit -1 goes to the display"
PRINTER OFF
CRT "off: s1=":SYSTEM(1):" s6=":SYSTEM(6)
PRINTER ON
PRINTER RESET
CRT "reset: s1=":SYSTEM(1):" s5=":SYSTEM(5):" s6=":SYSTEM(6)
PRINT "done"
