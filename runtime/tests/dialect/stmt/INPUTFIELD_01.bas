* INPUTFIELD at a position, fed from DATA
DATA "xyz"
INPUTFIELD @(5,5):V, 10
PRINT
PRINT "V=":V
PRINT "done"
