* Typos in statement words
X = 1
PRIMT X
CRTT "x"
GOSUP SUB1
PRINT "done"
STOP
SUB1:
RETURN
END
