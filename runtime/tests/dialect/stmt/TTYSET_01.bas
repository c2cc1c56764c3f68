* TTYGET / TTYSET with no terminal
T = TTYGET()
TTYSET T
PRINT "done"
