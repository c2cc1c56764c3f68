* Statement words are not reserved: usable as variable names
PRINT = 1
DATA = 2
LOOP.X = 3
NEXT.I = 4
CRT PRINT + DATA
PRINT "done"
END
