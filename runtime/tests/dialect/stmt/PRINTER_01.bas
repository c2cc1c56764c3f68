* PRINTER ON/OFF/CLOSE/RESET, ON unit forms: line and page counts of the printer, display unaffected
PRINTER ON
CRT "on: ":SYSTEM(1):" page ":SYSTEM(5):" line ":SYSTEM(6)
FOR I = 1 TO 5 ; PRINT "line ":I ; NEXT I
CRT "after 5: line ":SYSTEM(6)
PRINTER ON
CRT "on again keeps the count: ":SYSTEM(6)
PRINTER CLOSE
CRT "close: ":SYSTEM(1):" line ":SYSTEM(6)
PRINT "after close goes to the printer"
CRT "still on after close: ":SYSTEM(1)
PRINTER OFF
PRINT "display again"
CRT "off: ":SYSTEM(1)
PRINTER OFF
CRT "off twice: ":SYSTEM(1)
PRINTER CLOSE
CRT "close with printer off"
PRINT ON 3 "unit 3"
PRINT ON 3 "unit 3 again"
PRINTER CLOSE ON 3
PRINTER RESET
CRT "reset: ":SYSTEM(1)
U = 4
PRINT ON U "unit from a variable"
PRINTER CLOSE ON U
PRINT "done"
