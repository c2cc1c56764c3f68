* the printer's page number: PAGE on an empty page, HEADING after output ejects, NO.EJECT does not; PAGE ON 0 with the printer off
PRINTER ON
CRT "start page ":SYSTEM(5)
PAGE
CRT "PAGE on an empty page: ":SYSTEM(5):" line ":SYSTEM(6)
PAGE
CRT "again: ":SYSTEM(5)
PRINT "x"
HEADING "H1"
CRT "HEADING after output: ":SYSTEM(5):" line ":SYSTEM(6)
HEADING "H2"
CRT "HEADING with no output since: ":SYSTEM(5)
PRINT "y"
HEADING NO.EJECT "H3"
CRT "NO.EJECT: ":SYSTEM(5):" line ":SYSTEM(6)
FOOTING ""
HEADING ""
PRINT "z"
PAGE
CRT "no heading, PAGE: ":SYSTEM(5):" line ":SYSTEM(6)
PRINTER CLOSE
* with PRINTER OFF, unit 0 is the display: its page prompt reads the end of input
PRINT "display line"
PAGE ON 0
PRINT "done"
