* HEADING, FOOTING and PAGE while PRINTER is ON go to the printer: the display keeps no heading
PRINTER ON
HEADING "Report page 'P'"
FOOTING "end of page 'P'"
PRINT "first"
CRT "page ":SYSTEM(5):" line ":SYSTEM(6)
PAGE
CRT "after PAGE: page ":SYSTEM(5):" line ":SYSTEM(6)
PRINT "second"
PAGE 7
CRT "PAGE 7: page ":SYSTEM(5)
PRINTER OFF
PRINT "display"
CRT "display page ":SYSTEM(5)
PRINTER CLOSE
PRINT "done"
