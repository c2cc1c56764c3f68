* PRINT @() cursor functions with the terminal type xterm
PRINT @(0, 0):"top left"
PRINT @(10):"col 10"
PRINT @(-4):"after clear to end of line"
PRINT @(5, 2):"row 2"
X = @(3, 4)
PRINT "length of cursor string: ":LEN(X)
PRINT "done"
