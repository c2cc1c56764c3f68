PROGRAM G006_PRINT
* PRINT/CRT/DISPLAY: commas give TABs, trailing colon keeps the line,
* numbers display with PRECISION, format masks by juxtaposition
PRINT "a", "b"
CRT "no newline":
CRT " - joined"
DISPLAY 1/4
X = 12.5
CRT X "R2#8":"|"
PRINT
CRT "empty line above"
PRECISION 2
CRT 2/3, 10/4
CRT "done"
END
