* DISPLAY is a synonym of CRT
DISPLAY "report":
DISPLAY " line"
DISPLAY 1 + 2
DISPLAY "a", "b"
PRINT "done"
