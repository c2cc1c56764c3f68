* PRINT with commas (tab stops), trailing colon, CRT and DISPLAY, mixed print expressions
PRINT 'a', 'b', 'c'
PRINT 'long value here', 'x'
PRINT 1, 22, 333, 4444
PRINT 'exactly ten', 'next'
PRINT 'no newline ':
PRINT 'continues'
CRT 'crt line'
CRT 'crt ':
CRT 'same line'
DISPLAY 'display ', 'comma'
PRINT
PRINT 'Empty PRINT above'
PRINT 'trailing comma', 'x'
PRINT 'after trailing comma'
X = 5
PRINT X + 1:X - 1, X * 2
PRINT 'A':'B', 'C':'D'
PRINT -3:' ':-X:' ':(-X)
PRINT 'quote " inside':" and ' too"
PRINT \backslash string\
PRINT @(-1):'';* no terminal
PRINT 'Column ':@(10):'X'
PRINT STR('=', 12)
FOR I = 1 TO 3 ; PRINT I: ; NEXT I
PRINT
PRINT 'done'
END
